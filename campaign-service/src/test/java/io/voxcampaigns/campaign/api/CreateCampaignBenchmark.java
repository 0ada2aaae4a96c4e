package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Benchmark, not a test: POST /v3/campaigns with 10,000 and 100,000 tasks against the real embedded PostgreSQL and
 * Kafka, request sent to 201 received, several runs each (min and median printed). Excluded from the normal build;
 * run it with {@code ./mvnw -B -pl campaign-service verify -Pbench}. The body is serialised before the clock starts,
 * and each run waits until the outbox relay has published the previous campaign's task batches.
 */
@Tag("bench")
@QuarkusTest
@RealInfra(database = "campaigns")
class CreateCampaignBenchmark {

    private static final int WARM_UP_RUNS = 3;

    @Inject
    Pool pool;

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/v3/campaigns")
    URL campaigns;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void createTenThousandAndOneHundredThousandTasks() throws Exception {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        byte[] small = json.writeValueAsBytes(fixtures.body(10_000));
        byte[] large = json.writeValueAsBytes(fixtures.body(100_000));
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            time(fixtures, small, 10_000);
        }
        report("10,000 tasks", small.length, measure(fixtures, small, 10_000, 7));
        report("100,000 tasks", large.length, measure(fixtures, large, 100_000, 5));
    }

    private List<Long> measure(CampaignFixtures fixtures, byte[] body, int tasks, int runs) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(time(fixtures, body, tasks));
        }
        return millis;
    }

    /** Plain JDK client: RestAssured's request logging would print the whole body inside the timed region. */
    private long time(CampaignFixtures fixtures, byte[] body, int tasks) throws Exception {
        awaitOutboxDrained();
        HttpRequest request = HttpRequest.newBuilder(campaigns.toURI())
                .header("Authorization", "Bearer " + fixtures.key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json.readTree(response.body()).get("total_calls").asInt()).isEqualTo(tasks);
        return elapsed;
    }

    private void awaitOutboxDrained() {
        await().atMost(Duration.ofMinutes(5)).until(() -> pool
                .preparedQuery("select count(*) as n from outbox_event where sent_at is null").execute(Tuple.tuple())
                .await().atMost(Duration.ofSeconds(30)).iterator().next().getLong("n") == 0);
    }

    private static void report(String label, int bytes, List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        long median = sorted.get(sorted.size() / 2);
        System.out.printf("BENCH create %s (%,d bytes of JSON): runs %s ms; min %d ms, median %d ms%n", label, bytes,
                millis, sorted.get(0), median);
        assertThat(Map.of("min", sorted.get(0), "median", median)).allSatisfy((k, v) -> assertThat(v).isPositive());
    }
}
