package io.voxcampaigns.local;

/**
 * The command line of {@code ./local-stack}: nothing (Kafka, PostgreSQL, the services and the demo data) or
 * {@code --infra-only}; the script may pass the same choice as {@code -Dstack.mode=all|infra-only}.
 */
final class StackArguments {

    static final String USAGE = "usage: ./local-stack [--infra-only]";

    private StackArguments() {
    }

    /** True for Kafka and PostgreSQL only; an unknown argument or mode is an IllegalArgumentException. */
    static boolean infraOnly(String[] args) {
        String mode = System.getProperty("stack.mode", "all");
        for (String arg : args) {
            if (!arg.equals("--infra-only")) {
                throw new IllegalArgumentException("Unknown argument " + arg);
            }
            mode = "infra-only";
        }
        return switch (mode) {
            case "all" -> false;
            case "infra-only" -> true;
            default -> throw new IllegalArgumentException("stack.mode must be all or infra-only, not " + mode);
        };
    }
}
