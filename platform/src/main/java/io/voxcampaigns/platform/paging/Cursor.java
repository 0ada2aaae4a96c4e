package io.voxcampaigns.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque keyset cursor: the (created_at, id) of the last item of a page. Clients pass it back unchanged;
 * keyset paging stays correct while items are added, unlike offsets.
 */
public record Cursor(long createdAtMillis, UUID id) {

    public String encode() {
        String raw = createdAtMillis + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor; null when the text is not one this service issued. */
    static Cursor decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            if (colon < 1) {
                return null;
            }
            return new Cursor(Long.parseLong(raw.substring(0, colon)), UUID.fromString(raw.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
