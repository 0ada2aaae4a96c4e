package io.voxcampaigns.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

/** A replacement value (null node: remove the field) with what it tries and whether it must be refused. */
record Mutation(JsonNode value, String what, Expectation expectation) {

    static Mutation rejected(JsonNode value, String what) {
        return new Mutation(value, what, Expectation.REJECTED);
    }

    static Mutation handled(JsonNode value, String what) {
        return new Mutation(value, what, Expectation.HANDLED);
    }
}
