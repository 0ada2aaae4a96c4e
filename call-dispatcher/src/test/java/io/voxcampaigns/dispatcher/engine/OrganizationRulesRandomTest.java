package io.voxcampaigns.dispatcher.engine;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.dispatcher.placement.PlacementLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.dispatcher.support.TestClock;
import io.voxcampaigns.events.suppression.SuppressionsChanged;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * Random organisations (fixed seeds): a few campaigns of random concurrency whose tasks share a small set of numbers,
 * some numbers suppressed, maybe a pool (with a reserve) and a frequency cap. Run until nothing moves, then the
 * invariants, judged by the simulated runtime's own count and the requests that left: no request for a suppressed
 * number; never more attempts to a number than the cap; never more of the organisation's calls at once than the pool
 * less the reserve, nor more of a campaign's than its concurrency; and nothing held back that the rules allow: every
 * number not suppressed got as many attempts as it has tasks, up to the cap.
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class OrganizationRulesRandomTest {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final Instant T0 = Instant.parse("2027-03-03T01:00:00Z");

    @Inject
    Pool pool;

    @Inject
    PlacementLog placements;

    @AfterEach
    void realTime() {
        TestClock.INSTANCE.reset();
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, 4L})
    void theRulesHoldForRandomCampaignMixes(long seed) {
        Random random = new Random(seed);
        String organization = UUID.randomUUID().toString();
        String prefix = String.format("0107%03d", random.nextInt(1000));
        List<String> numbers = new ArrayList<>();
        int distinct = 3 + random.nextInt(5);
        for (int i = 0; i < distinct; i++) {
            numbers.add(prefix + String.format("%04d", i));
        }
        Set<String> suppressed = new TreeSet<>();
        numbers.forEach(number -> {
            if (random.nextInt(4) == 0) {
                suppressed.add(number);
            }
        });
        Integer poolSize = random.nextBoolean() ? 1 + random.nextInt(6) : null;
        int reserve = poolSize != null && poolSize > 1 && random.nextBoolean() ? 1 : 0;
        Integer cap = random.nextBoolean() ? 1 + random.nextInt(3) : null;
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("max_concurrent_calls", poolSize);
        limits.put("inbound_reserve", reserve);
        limits.put("frequency_cap", cap == null ? null : Map.of("max_attempts", cap, "period_hours", 24));
        List<CampaignFeed> campaigns = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int c = 0; c < count; c++) {
            int[] picks = random.ints(5 + random.nextInt(10), 0, distinct).toArray();
            campaigns.add(new CampaignFeed(organization, UUID.randomUUID()).concurrency(1 + random.nextInt(5))
                    .tasks(picks.length).numbers(i -> numbers.get(picks[i])));
        }
        String scenario = "seed " + seed + ": pool " + poolSize + " reserve " + reserve + ", cap " + cap
                + ", suppressed " + suppressed + ", campaigns " + campaigns.size();

        TestClock.INSTANCE.freezeAt(T0);
        given().auth().oauth2(TestApiKeys.issue(organization, "admin")).contentType(ContentType.JSON).body(limits)
                .when().put("/v3/organization-limits").then().statusCode(200);
        if (!suppressed.isEmpty()) {
            // the list comes first: a number suppressed after its task was claimed may be dialled (docs: dispatch)
            SuppressionsChanged listed = SuppressionsChanged.newBuilder().setEventId(UUID.randomUUID().toString())
                    .setOccurredAt(T0).setOrganizationId(organization).setAdded(List.copyOf(suppressed))
                    .setExpiresAt(null).setRemoved(List.of()).build();
            CampaignFeed.send(listed);
            DispatchDb db = new DispatchDb(pool);
            await().atMost(WAIT).until(() -> db.processedAt("call-dispatcher.suppression-events",
                    listed.getEventId()) != null);
        }
        campaigns.forEach(CampaignFeed::publish);
        awaitQuiet(organization);

        Map<String, Integer> tasksPerNumber = new HashMap<>();
        campaigns.forEach(campaign -> {
            for (int i = 0; i < taskCount(campaign); i++) {
                tasksPerNumber.merge(campaign.callTo(i), 1, Integer::sum);
            }
        });
        Map<String, Integer> sent = sentPerNumber(organization);
        assertThat(sent.keySet()).as(scenario + ": requests for suppressed numbers").doesNotContainAnyElementsOf(
                suppressed);
        tasksPerNumber.forEach((number, tasks) -> {
            int expected = suppressed.contains(number) ? 0 : cap == null ? tasks : Math.min(tasks, cap);
            assertThat(sent.getOrDefault(number, 0)).as(scenario + ": attempts to " + number).isEqualTo(expected);
        });
        if (poolSize != null) {
            assertThat(placements.maxOrganizationOverlap(organization)).as(scenario + ": calls at once")
                    .isLessThanOrEqualTo(poolSize - reserve);
        }
        campaigns.forEach(campaign -> assertThat(placements.maxOverlap(campaign.id())).as(scenario)
                .isLessThanOrEqualTo(campaign.settings().getConcurrency()));
    }

    private static int taskCount(CampaignFeed campaign) {
        return campaign.batches().stream().mapToInt(batch -> batch.getTasks().size()).sum();
    }

    /** Waits until the organisation has no call in progress and no new request for two seconds. */
    private void awaitQuiet(String organization) {
        AtomicLong last = new AtomicLong(-1);
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Row row = pool.preparedQuery("""
                    select count(*) filter (where first_request_at is not null) as sent,
                           count(*) filter (where phase <> 'ended') as live
                    from call where organization_id = $1""").execute(Tuple.of(organization)).await()
                    .atMost(WAIT).iterator().next();
            long sent = row.getLong("sent");
            boolean quiet = row.getLong("live") == 0 && sent == last.get();
            last.set(sent);
            return quiet;
        });
    }

    /** Requests that left for each number (the attempts the runtime was asked for). */
    private Map<String, Integer> sentPerNumber(String organization) {
        Map<String, Integer> sent = new HashMap<>();
        pool.preparedQuery("select to_number, count(*) as n from call where organization_id = $1 "
                        + "and first_request_at is not null group by to_number")
                .execute(Tuple.of(organization)).await().atMost(WAIT)
                .forEach(row -> sent.put(row.getString("to_number"), row.getLong("n").intValue()));
        return sent;
    }
}
