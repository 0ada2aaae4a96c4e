package io.voxcampaigns.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bodies of an operation that takes one: raw breakage around the valid body ({@link RawBodies}) and one-field
 * mutations of it ({@link BodyMutations}), at most {@code maxVariants} of those, drawn with the seed.
 */
final class BodyCases {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Schemas schemas;
    private final ValueMutations values;
    private final Set<String> freeFormFields;
    private final int maxVariants;
    private final Random random;

    BodyCases(Schemas schemas, ValueMutations values, Set<String> freeFormFields, int maxVariants, Random random) {
        this.schemas = schemas;
        this.values = values;
        this.freeFormFields = freeFormFields;
        this.maxVariants = maxVariants;
        this.random = random;
    }

    void add(OperationRequests operation, List<FuzzRequest> requests) {
        String target = operation.target();
        for (RawBodies.Raw raw : RawBodies.around(operation.body(), operation.operation().bodyOptional())) {
            Map<String, String> headers = raw.contentType() == null ? Map.of() : Map.of("Content-Type", raw.contentType());
            requests.add(operation.request("body: " + raw.what(), target, headers, raw.body(), raw.expectation()));
        }
        List<BodyMutations.Variant> variants = new BodyMutations(schemas, values, freeFormFields)
                .of(tree(operation.body()), operation.operation().bodySchema());
        if (variants.size() > maxVariants) {
            variants = new ArrayList<>(variants);
            Collections.shuffle(variants, random);
            variants = variants.subList(0, maxVariants);
        }
        for (BodyMutations.Variant variant : variants) {
            String field = variant.field().isEmpty() ? "(root)" : variant.field();
            requests.add(operation.request("body " + field + ": " + variant.mutation().what(), target,
                    Map.of("Content-Type", "application/json"), variant.body().toString(),
                    variant.mutation().expectation()));
        }
    }

    /** An example body or body schema given by the test, as a tree. */
    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("example body is not JSON: " + json, e);
        }
    }
}
