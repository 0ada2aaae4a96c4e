package io.voxcampaigns.fuzz;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One query parameter at a time: unknown parameters, each declared one's values and a repetition, and the list
 * conventions ({@code limit}, {@code cursor}, {@code sort_order}) on list operations.
 */
final class QueryCases {

    private final QueryParameterValues values;
    private final Predicate<Operation> lists;

    QueryCases(QueryParameterValues values, Predicate<Operation> lists) {
        this.values = values;
        this.lists = lists;
    }

    void add(OperationRequests operation, List<FuzzRequest> requests) {
        requests.add(operation.withValidBody("unknown query parameter", operation.target("zz_unknown=1"),
                Expectation.REJECTED));
        requests.add(operation.withValidBody("unknown query parameter with odd name",
                operation.target("%25zz%00=%FF%FE"), Expectation.REJECTED));
        for (Operation.Parameter parameter : operation.operation().parameters("query")) {
            String name = UrlEncoding.encode(parameter.name());
            for (Map.Entry<String, Expectation> value : values.of(parameter).entrySet()) {
                requests.add(operation.withValidBody("query " + parameter.name() + "=" + value.getKey(),
                        operation.target(name + "=" + UrlEncoding.encode(value.getKey())), value.getValue()));
            }
            requests.add(operation.withValidBody("query " + parameter.name() + " repeated",
                    operation.target(name + "=a&" + name + "=b"), Expectation.HANDLED));
        }
        if (lists.test(operation.operation())) {
            for (Map.Entry<String, Expectation> value : QueryValues.paging().entrySet()) {
                requests.add(operation.withValidBody("paging " + value.getKey(), operation.target(value.getKey()),
                        value.getValue()));
            }
        }
    }
}
