package io.voxcampaigns.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding of one path segment or query name/value ({@code %20} for a space, never {@code +}). */
final class UrlEncoding {

    private UrlEncoding() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
