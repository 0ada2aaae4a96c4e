package io.voxcampaigns.platform.paging;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.core.UriInfo;

import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorCode;

/** Refuses query parameters an endpoint does not know (400 listing the allowed ones), so typos never pass silently. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static void allowOnly(UriInfo uri, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(uri.getQueryParameters().keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "unknown query parameter(s): " + String.join(", ", unknown),
                    Map.of("errors", unknown.stream().map(name -> Map.of("field", name, "reason", "unknown query parameter")).toList(),
                            "allowed_query_parameters", new TreeSet<>(allowed)));
        }
    }
}
