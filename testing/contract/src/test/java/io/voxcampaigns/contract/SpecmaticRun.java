package io.voxcampaigns.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import io.specmatic.test.SpecmaticJUnitSupport;

/**
 * Specmatic's generated tests for the service {@link ServiceContract#prepare} pointed it at, as JUnit dynamic tests,
 * with two bounds of ours:
 * <ul>
 * <li>at most {@code contract.max-tests-per-operation} (system property) positive and as many negative tests per
 * operation, spread evenly over all Specmatic generated for it: 2.0.49 bounds body combinations
 * (MAX_TEST_REQUEST_COMBINATIONS) but not query parameters, and {@code GET /v3/calls}'s fourteen optional ones give
 * tens of thousands of requests;</li>
 * <li>no negative test that sends what the service accepts but OpenAPI 3.0 could not say ({@link OpenApi30}:
 * a task's dynamic variable as a number or a boolean);</li>
 * <li>an example's test once: with generative tests on, Specmatic 2.0.49 sends an example's request twice (as it is
 * and as its own generative copy, identical), and for an example that deletes or cancels the copy would find the
 * resource gone; the negative tests Specmatic derives from an example count among its operation's negative tests
 * (the example of {@code GET /v3/calls} with every filter set gave 650 mutations).</li>
 * </ul>
 */
final class SpecmaticRun {

    private static final String EXAMPLE_MARK = "| EX:";
    private static final Pattern OPERATION = Pattern.compile("Scenario: (\\S+ \\S+)");
    /** Negative tests that send a value the document allows but 3.0 could not say (OpenApi30): a task's dynamic variable as a number or boolean. */
    private static final List<Pattern> ACCEPTED_MUTATIONS = List.of(
            Pattern.compile("dynamic_variables\\S* string mutated to (number|boolean)"));

    private SpecmaticRun() {
    }

    static Stream<DynamicTest> tests() {
        int perOperation = Integer.getInteger("contract.max-tests-per-operation", 30);
        Map<String, List<DynamicTest>> groups = new LinkedHashMap<>();
        Set<String> examples = new HashSet<>();
        List<DynamicTest> exampleTests = new ArrayList<>();
        new SpecmaticJUnitSupport().contractTest().forEach(test -> {
            String name = test.getDisplayName();
            if (ACCEPTED_MUTATIONS.stream().anyMatch(mutation -> mutation.matcher(name).find())) {
                return;
            }
            boolean example = name.contains(EXAMPLE_MARK);
            if (example && !examples.add(name)) {
                return; // the identical copy of an example's test
            }
            if (example && !negative(name)) {
                exampleTests.add(test);
            } else {
                groups.computeIfAbsent(group(name), key -> new ArrayList<>()).add(test);
            }
        });
        return Stream.concat(exampleTests.stream(),
                groups.values().stream().flatMap(tests -> evenly(tests, perOperation)));
    }

    private static boolean negative(String name) {
        return name.trim().startsWith("-ve");
    }

    /** "+ve GET /v3/calls" or "-ve GET /v3/calls": the sign of the test and its operation. */
    private static String group(String name) {
        Matcher operation = OPERATION.matcher(name);
        String sign = negative(name) ? "-ve" : "+ve";
        return sign + " " + (operation.find() ? operation.group(1) : name);
    }

    private static Stream<DynamicTest> evenly(List<DynamicTest> tests, int count) {
        if (tests.size() <= count) {
            return tests.stream();
        }
        double step = (double) tests.size() / count;
        return IntStream.range(0, count).mapToObj(i -> tests.get((int) (i * step)));
    }
}
