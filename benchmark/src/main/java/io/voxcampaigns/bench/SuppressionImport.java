package io.voxcampaigns.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * POST /v3/suppressions/import of 1,000,000 numbers (12 MB of text/csv, generated while it is sent, no
 * Content-Length), request -> 200. The numbers (011 and 8 digits) are none of the bench campaigns' recipients (010);
 * they stay on the demo organisation's list, so a second run counts them as duplicates.
 */
final class SuppressionImport {

    static final int NUMBERS = 1_000_000;

    private final String key;
    private final Report report;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SuppressionImport(String key, Report report) {
        this.key = key;
        this.report = report;
    }

    void measure() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:8082/v3/suppressions/import"))
                .timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(Numbers::new)).build();
        long t = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode summary = new ObjectMapper().readTree(response.body());
        long stored = summary.get("added").asLong() + summary.get("duplicates").asLong();
        report.check("suppression import of 1,000,000 numbers (12 MB text/csv, streamed), request -> 200",
                String.format(Locale.ROOT, "%.1f s (added %d, duplicates %d)", seconds, summary.get("added").asLong(),
                        summary.get("duplicates").asLong()),
                "all 1,000,000 stored", stored == NUMBERS);
    }

    /** The lines 011xxxxxxxx, generated as they are read. */
    private static final class Numbers extends InputStream {

        private byte[] line = new byte[0];
        private int position;
        private int next;

        @Override
        public int read() {
            if (position == line.length) {
                if (next == NUMBERS) {
                    return -1;
                }
                line = String.format(Locale.ROOT, "011%08d\n", next++).getBytes(StandardCharsets.US_ASCII);
                position = 0;
            }
            return line[position++];
        }
    }
}
