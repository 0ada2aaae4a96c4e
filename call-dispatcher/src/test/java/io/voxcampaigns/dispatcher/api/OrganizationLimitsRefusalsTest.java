package io.voxcampaigns.dispatcher.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Every rule of PUT /v3/organization-limits: the bad body answers 400 in the error envelope naming the field, and
 * the limits stored before stay as they were.
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class OrganizationLimitsRefusalsTest {

    /** A rule: a body that breaks it and the field the 400 must name. */
    static Stream<Arguments> rules() {
        return Stream.of(
                rule("max_concurrent_calls", "{\"max_concurrent_calls\": 0}"),
                rule("max_concurrent_calls", "{\"max_concurrent_calls\": 10001}"),
                rule("max_concurrent_calls", "{\"max_concurrent_calls\": 2.5}"),
                rule("max_concurrent_calls", "{\"max_concurrent_calls\": \"10\"}"),
                rule("max_concurrent_calls", "{\"max_concurrent_calls\": 99999999999}"),
                rule("inbound_reserve", "{\"max_concurrent_calls\": 10, \"inbound_reserve\": -1}"),
                rule("inbound_reserve", "{\"max_concurrent_calls\": 10, \"inbound_reserve\": 10}"),
                rule("inbound_reserve", "{\"max_concurrent_calls\": 10, \"inbound_reserve\": 11}"),
                rule("inbound_reserve", "{\"inbound_reserve\": 1}"),
                rule("inbound_reserve", "{\"max_concurrent_calls\": 10, \"inbound_reserve\": true}"),
                rule("max_calls_per_second", "{\"max_calls_per_second\": 0}"),
                rule("max_calls_per_second", "{\"max_calls_per_second\": -1}"),
                rule("max_calls_per_second", "{\"max_calls_per_second\": 100.5}"),
                rule("max_calls_per_second", "{\"max_calls_per_second\": \"2\"}"),
                rule("max_calls_per_second_per_number", "{\"max_calls_per_second_per_number\": 0}"),
                rule("max_calls_per_second_per_number", "{\"max_calls_per_second_per_number\": 101}"),
                rule("max_calls_per_second_per_number", "{\"max_calls_per_second_per_number\": [1]}"),
                rule("frequency_cap", "{\"frequency_cap\": 7}"),
                rule("frequency_cap.max_attempts", "{\"frequency_cap\": {\"period_hours\": 168}}"),
                rule("frequency_cap.max_attempts", "{\"frequency_cap\": {\"max_attempts\": null, \"period_hours\": 1}}"),
                rule("frequency_cap.max_attempts", "{\"frequency_cap\": {\"max_attempts\": 0, \"period_hours\": 168}}"),
                rule("frequency_cap.max_attempts",
                        "{\"frequency_cap\": {\"max_attempts\": 1001, \"period_hours\": 168}}"),
                rule("frequency_cap.period_hours", "{\"frequency_cap\": {\"max_attempts\": 7}}"),
                rule("frequency_cap.period_hours", "{\"frequency_cap\": {\"max_attempts\": 7, \"period_hours\": 0}}"),
                rule("frequency_cap.period_hours",
                        "{\"frequency_cap\": {\"max_attempts\": 7, \"period_hours\": 8761}}"),
                rule("frequency_cap.period_hours",
                        "{\"frequency_cap\": {\"max_attempts\": 7, \"period_hours\": \"168\"}}"),
                rule("frequency_cap.period_days",
                        "{\"frequency_cap\": {\"max_attempts\": 7, \"period_hours\": 168, \"period_days\": 7}}"),
                rule("max_concurent_calls", "{\"max_concurent_calls\": 10}"),
                rule("$", ""));
    }

    private static Arguments rule(String field, String body) {
        return Arguments.of(field, body);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rules")
    void isA400NamingTheFieldAndStoresNothing(String field, String body) {
        String org = UUID.randomUUID().toString();
        OrganizationLimitsResourceTest.put(org, OrganizationLimitsResourceTest.EVERY_LIMIT);
        Map<String, Object> before = OrganizationLimitsResourceTest.get(org).getMap("$");

        OrganizationLimitsResourceTest.admin(org).body(body).when().put(OrganizationLimitsResourceTest.PATH).then()
                .statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.errors.field", hasItem(field));

        assertThat(OrganizationLimitsResourceTest.get(org).getMap("$")).isEqualTo(before);
    }
}
