package io.voxcampaigns.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Two query parameters' values in one request, drawn with the seed (at most {@code max} per operation): validation
 * that names one bad parameter must not trip over a second one. A pair is rejected when either of its values must be.
 */
final class QueryPairCases {

    /** One value of one parameter. */
    private record QueryCase(String parameter, String value, Expectation expectation) {

        String query() {
            return UrlEncoding.encode(parameter) + "=" + UrlEncoding.encode(value);
        }
    }

    private final QueryParameterValues values;
    private final int max;
    private final Random random;

    QueryPairCases(QueryParameterValues values, int max, Random random) {
        this.values = values;
        this.max = max;
        this.random = random;
    }

    void add(OperationRequests operation, List<FuzzRequest> requests) {
        List<QueryCase> cases = new ArrayList<>();
        for (Operation.Parameter parameter : operation.operation().parameters("query")) {
            for (Map.Entry<String, Expectation> value : values.of(parameter).entrySet()) {
                cases.add(new QueryCase(parameter.name(), value.getKey(), value.getValue()));
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            for (int j = i + 1; j < cases.size(); j++) {
                // two long values would pass the request-line limit (a plain-text 414 from the HTTP server)
                boolean fits = cases.get(i).value().length() + cases.get(j).value().length() < QueryValues.LONG + 100;
                if (fits && !cases.get(i).parameter().equals(cases.get(j).parameter())) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        Collections.shuffle(pairs, random);
        for (int[] pair : pairs.subList(0, Math.min(max, pairs.size()))) {
            QueryCase first = cases.get(pair[0]);
            QueryCase second = cases.get(pair[1]);
            boolean rejected = first.expectation() == Expectation.REJECTED
                    || second.expectation() == Expectation.REJECTED;
            requests.add(operation.withValidBody("query pair " + first.parameter() + "=" + first.value() + " & "
                            + second.parameter() + "=" + second.value(),
                    operation.target(first.query() + "&" + second.query()),
                    rejected ? Expectation.REJECTED : Expectation.HANDLED));
        }
    }
}
