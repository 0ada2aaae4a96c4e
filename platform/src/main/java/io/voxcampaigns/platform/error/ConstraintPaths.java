package io.voxcampaigns.platform.error;

import jakarta.validation.Path;

/** Turns a Bean Validation property path into a JSON path, dropping the method and parameter nodes. */
final class ConstraintPaths {

    private ConstraintPaths() {
    }

    static String of(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {
                    continue;
                }
                default -> {
                }
            }
            if (node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.isEmpty() ? "$" : out.toString();
    }
}
