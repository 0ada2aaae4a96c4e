package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Every rule of POST /v3/campaigns: the bad value answers 400 in the error envelope naming the field path, and
 * nothing is stored (no campaign, no task) or published (no outbox row).
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CreateCampaignValidationTest {

    @Inject
    Pool pool;

    /** A rule: how to break a valid body (the fixtures are passed for ids) and the path the 400 must name. */
    static Stream<Arguments> rules() {
        return Stream.of(
                rule("name missing", "name", (b, f) -> b.remove("name")),
                rule("name blank", "name", (b, f) -> b.put("name", "   ")),
                rule("name too long", "name", (b, f) -> b.put("name", "x".repeat(256))),
                rule("from_number missing", "from_number", (b, f) -> b.remove("from_number")),
                rule("from_number hyphenated", "from_number", (b, f) -> b.put("from_number", "02-6000-1000")),
                rule("from_number not the organisation's", "from_number", (b, f) -> b.put("from_number", "0260009999")),
                rule("from_number is a presentation number", "from_number",
                        (b, f) -> b.put("from_number", CampaignFixtures.APPROVED)),
                rule("agent missing", "agent", (b, f) -> b.remove("agent")),
                rule("agent_id not a uuid", "agent.agent_id",
                        (b, f) -> CampaignFixtures.agent(b).put("agent_id", "agent-1")),
                rule("agent unknown", "agent.agent_id",
                        (b, f) -> CampaignFixtures.agent(b).put("agent_id", UUID.randomUUID().toString())),
                rule("agent of another organisation", "agent.agent_id", (b, f) -> {
                    String other = UUID.randomUUID().toString();
                    f.seedForeignAgent(other);
                    CampaignFixtures.agent(b).put("agent_id", other);
                }),
                rule("agent deleted", "agent.agent_id", (b, f) -> {
                    String deleted = UUID.randomUUID().toString();
                    f.seedDeletedAgent(deleted);
                    CampaignFixtures.agent(b).put("agent_id", deleted);
                }),
                rule("agent_version malformed", "agent.agent_version",
                        (b, f) -> CampaignFixtures.agent(b).put("agent_version", "latest")),
                rule("agent_version v{n} missing", "agent.agent_version",
                        (b, f) -> CampaignFixtures.agent(b).put("agent_version", "v9")),
                rule("production not published", "agent.agent_version", (b, f) -> {
                    String draft = UUID.randomUUID().toString();
                    f.seedAgent(draft, "", null);
                    CampaignFixtures.agent(b).putAll(Map.of("agent_id", draft, "agent_version", "production"));
                }),
                rule("tasks missing", "tasks", (b, f) -> b.remove("tasks")),
                rule("tasks empty", "tasks", (b, f) -> b.put("tasks", List.of())),
                rule("task to_number missing", "tasks[1].to_number",
                        (b, f) -> CampaignFixtures.task(b, 1).remove("to_number")),
                rule("task to_number with +82", "tasks[2].to_number",
                        (b, f) -> CampaignFixtures.task(b, 2).put("to_number", "+821012345678")),
                rule("task call_to invalid", "tasks[0].call_to", (b, f) -> {
                    CampaignFixtures.task(b, 0).remove("to_number");
                    CampaignFixtures.task(b, 0).put("call_to", "12345");
                }),
                rule("task to_number and call_to both", "tasks[0].call_to",
                        (b, f) -> CampaignFixtures.task(b, 0).put("call_to", "01012341234")),
                rule("task dynamic_variables not an object", "tasks[1].dynamic_variables",
                        (b, f) -> CampaignFixtures.task(b, 1).put("dynamic_variables", List.of("a"))),
                rule("task dynamic variable an object", "tasks[1].dynamic_variables.address",
                        (b, f) -> CampaignFixtures.task(b, 1).put("dynamic_variables",
                                Map.of("address", Map.of("city", "Seoul")))),
                rule("task dynamic variable an array", "tasks[0].dynamic_variables.items",
                        (b, f) -> CampaignFixtures.task(b, 0).put("dynamic_variables", Map.of("items", List.of(1)))),
                rule("task metadata not an object", "tasks[0].metadata",
                        (b, f) -> CampaignFixtures.task(b, 0).put("metadata", "order-1")),
                rule("task metadata with the dispatcher's reserved key", "tasks[1].metadata.vox_campaigns",
                        (b, f) -> CampaignFixtures.task(b, 1).put("metadata", Map.of("vox_campaigns", "x"))),
                rule("task presentation_number not approved", "tasks[2].presentation_number",
                        (b, f) -> CampaignFixtures.task(b, 2).put("presentation_number", CampaignFixtures.PENDING)),
                rule("task unknown field", "tasks[0].phone",
                        (b, f) -> CampaignFixtures.task(b, 0).put("phone", "01012341234")),
                rule("presentation_number not approved", "presentation_number",
                        (b, f) -> b.put("presentation_number", CampaignFixtures.PENDING)),
                rule("presentation_number malformed", "presentation_number",
                        (b, f) -> b.put("presentation_number", "010-5555-0001")),
                rule("scheduled_at too small", "scheduled_at", (b, f) -> b.put("scheduled_at", 12345)),
                rule("scheduled_at not a number", "scheduled_at", (b, f) -> b.put("scheduled_at", "tomorrow")),
                rule("concurrency zero", "concurrency", (b, f) -> b.put("concurrency", 0)),
                rule("concurrency above 100", "concurrency", (b, f) -> b.put("concurrency", 101)),
                rule("window end before start", "call_time_window.windows[0].end_min",
                        (b, f) -> b.put("call_time_window", Map.of("windows",
                                List.of(Map.of("start_min", 600, "end_min", 540, "days", List.of("Monday")))))),
                rule("window day misspelled", "call_time_window.windows[0].days[0]",
                        (b, f) -> b.put("call_time_window", Map.of("windows",
                                List.of(Map.of("start_min", 540, "end_min", 600, "days", List.of("monday")))))),
                rule("window timezone unknown", "call_time_window.timezone",
                        (b, f) -> b.put("call_time_window", Map.of("timezone", "Mars/Olympus", "windows",
                                List.of(Map.of("start_min", 540, "end_min", 600, "days", List.of("Monday")))))),
                rule("holiday calendar unknown", "call_time_window.skip_holidays",
                        (b, f) -> b.put("call_time_window", closedDates(List.of(), "JP"))),
                rule("blackout date malformed", "call_time_window.blackout_dates[1]",
                        (b, f) -> b.put("call_time_window", closedDates(List.of("2027-02-10", "2027-02-30"), null))),
                rule("blackout date repeated", "call_time_window.blackout_dates",
                        (b, f) -> b.put("call_time_window", closedDates(List.of("2027-02-10", "2027-02-10"), null))),
                rule("blackout dates above 366", "call_time_window.blackout_dates",
                        (b, f) -> b.put("call_time_window", closedDates(IntStream.range(0, 367)
                                .mapToObj(i -> LocalDate.of(2027, 1, 1).plusDays(i).toString())
                                .toList(), null))),
                rule("purpose unknown", "purpose", (b, f) -> b.put("purpose", "marketing")),
                rule("max_calls_per_second zero", "max_calls_per_second", (b, f) -> b.put("max_calls_per_second", 0)),
                rule("max_calls_per_second above 100", "max_calls_per_second",
                        (b, f) -> b.put("max_calls_per_second", 100.5)),
                rule("night_consent not a boolean", "tasks[0].night_consent",
                        (b, f) -> CampaignFixtures.task(b, 0).put("night_consent", "yes")),
                rule("unknown top-level field", "concurency", (b, f) -> b.put("concurency", 3)));
    }

    /** A valid weekly window with these closed dates ({@code region} null: no holidays skipped). */
    private static Map<String, Object> closedDates(List<String> blackout, String region) {
        Map<String, Object> window = new HashMap<>(Map.of("windows",
                List.of(Map.of("start_min", 540, "end_min", 600, "days", List.of("Monday"))), "blackout_dates",
                blackout));
        window.put("skip_holidays", region);
        return window;
    }

    private static Arguments rule(String name, String path, BiConsumer<Map<String, Object>, CampaignFixtures> breaker) {
        return Arguments.of(name, path, breaker);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void badValueIs400NamingTheFieldAndNothingIsStoredOrPublished(String rule, String path,
            BiConsumer<Map<String, Object>, CampaignFixtures> breaker) {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(3);
        breaker.accept(body, fixtures);
        long outboxBefore = fixtures.outboxCount();

        fixtures.api().body(body).when().post("/v3/campaigns")
                .then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.errors.field", hasItem(path));

        assertThat(fixtures.campaignCount()).isZero();
        assertThat(fixtures.taskCount()).isZero();
        assertThat(fixtures.outboxCount()).isEqualTo(outboxBefore);
    }
}
