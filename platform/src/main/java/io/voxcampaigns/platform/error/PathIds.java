package io.voxcampaigns.platform.error;

import java.util.UUID;

/** Parses a resource id from a path; an id that is not a UUID names no resource, so it answers 404 like a missing one. */
public final class PathIds {

    private PathIds() {
    }

    public static UUID parse(String id, String resource) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(resource, id);
        }
    }
}
