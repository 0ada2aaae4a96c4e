package io.voxcampaigns.testing.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * Sends a JSON body larger than a service accepts and returns the answer. The JDK's client stops writing when the
 * server answers early (413 before the body is read), where RestAssured's client first pushes every byte through a
 * connection the server no longer reads: seconds per request.
 */
public final class OversizedBody {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private OversizedBody() {
    }

    /** POSTs {@code bytes} spaces (valid JSON whitespace) as application/json to {@code target} with {@code apiKey}. */
    public static HttpResponse<String> post(URI target, String apiKey, int bytes) {
        byte[] body = new byte[bytes];
        Arrays.fill(body, (byte) ' ');
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
