package io.voxcampaigns.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** The application's health endpoints as a probe sees them. */
public final class Health {

    /** One check of a health answer: its status and data. */
    public record Check(String status, Map<String, Object> data) {

        public boolean up() {
            return "UP".equals(status);
        }
    }

    private Health() {
    }

    /** The named check of /q/health/ready (null when absent). */
    public static Check readiness(String name) {
        return check("/q/health/ready", name);
    }

    /** The overall status of /q/health/ready. */
    public static String readinessStatus() {
        return given().when().get("/q/health/ready").then().extract().jsonPath().getString("status");
    }

    /** The overall status of /q/health/live. */
    public static String livenessStatus() {
        return given().when().get("/q/health/live").then().extract().jsonPath().getString("status");
    }

    /** The names of the checks /q/health/live runs. */
    public static List<String> livenessChecks() {
        return given().when().get("/q/health/live").then().extract().jsonPath().getList("checks.name");
    }

    private static Check check(String path, String name) {
        JsonPath json = given().when().get(path).then().extract().jsonPath();
        List<Map<String, Object>> checks = json.getList("checks");
        for (Map<String, Object> check : checks) {
            if (name.equals(check.get("name"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> data = (Map<String, Object>) check.getOrDefault("data", Map.of());
                return new Check((String) check.get("status"), data);
            }
        }
        return null;
    }
}
