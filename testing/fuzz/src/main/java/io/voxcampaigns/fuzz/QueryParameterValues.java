package io.voxcampaigns.fuzz;

import java.util.List;
import java.util.Map;

/** The values to send for a declared query parameter: {@link QueryValues} plus the test's own invalid ones. */
final class QueryParameterValues {

    private final Schemas schemas;
    private final Map<String, List<String>> invalidValues;

    QueryParameterValues(Schemas schemas, Map<String, List<String>> invalidValues) {
        this.schemas = schemas;
        this.invalidValues = invalidValues;
    }

    Map<String, Expectation> of(Operation.Parameter parameter) {
        return QueryValues.of(parameter.schema(), schemas, invalidValues.getOrDefault(parameter.name(), List.of()));
    }
}
