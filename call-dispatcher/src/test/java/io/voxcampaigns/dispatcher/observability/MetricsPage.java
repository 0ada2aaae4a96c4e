package io.voxcampaigns.dispatcher.observability;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/** One scrape of /q/metrics (Prometheus text format): series (name with labels) to value. */
final class MetricsPage {

    private final Map<String, Double> series;

    private MetricsPage(Map<String, Double> series) {
        this.series = series;
    }

    static MetricsPage scrape() {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> series = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            // OpenMetrics may append an exemplar ("... 3.0 # {trace_id=...} 1.0 1700000000.0"): drop it.
            int exemplar = line.indexOf(" # ");
            String sample = exemplar < 0 ? line : line.substring(0, exemplar);
            int space = sample.lastIndexOf(' ');
            series.put(sample.substring(0, space), Double.parseDouble(sample.substring(space + 1)));
        }
        return new MetricsPage(series);
    }

    /** The series of metric {@code name} (exact name, any labels). */
    Map<String, Double> of(String name) {
        Map<String, Double> matching = new LinkedHashMap<>();
        series.forEach((key, value) -> {
            if (key.equals(name) || key.startsWith(name + "{")) {
                matching.put(key, value);
            }
        });
        return matching;
    }

    /** The series names starting with {@code prefix} (for failure messages). */
    Set<String> names(String prefix) {
        Set<String> names = new TreeSet<>();
        series.keySet().stream().filter(key -> key.startsWith(prefix))
                .forEach(key -> names.add(key.contains("{") ? key.substring(0, key.indexOf('{')) : key));
        return names;
    }

    /** The sum of metric {@code name} over the series whose labels contain every {@code label} (k="v"). */
    double sum(String name, String... labels) {
        return of(name).entrySet().stream().filter(e -> containsAll(e.getKey(), labels))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /** The value of the one series of {@code name} with {@code label}; empty when there is none. */
    OptionalDouble value(String name, String label) {
        return of(name).entrySet().stream().filter(e -> e.getKey().contains(label))
                .mapToDouble(Map.Entry::getValue).findFirst();
    }

    private static boolean containsAll(String key, String... labels) {
        for (String label : labels) {
            if (!key.contains(label)) {
                return false;
            }
        }
        return true;
    }
}
