package io.voxcampaigns.platform.paging;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A page of a list response: {@code {"items": [...], "total_count": n, "next_cursor": "..." | null}}. */
public record Page<T>(@JsonProperty("items") List<T> items,
                      @JsonProperty("total_count") long totalCount,
                      @JsonProperty("next_cursor") @Schema(nullable = true) @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {
}
