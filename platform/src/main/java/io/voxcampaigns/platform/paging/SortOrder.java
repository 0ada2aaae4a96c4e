package io.voxcampaigns.platform.paging;

/** List order by creation time. */
public enum SortOrder {
    ASC, DESC;

    static SortOrder parse(String value) {
        if (value == null || value.isEmpty()) {
            return DESC;
        }
        return switch (value) {
            case "asc" -> ASC;
            case "desc" -> DESC;
            default -> null;
        };
    }
}
