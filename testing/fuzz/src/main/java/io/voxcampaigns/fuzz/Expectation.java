package io.voxcampaigns.fuzz;

/** What a fuzzed request may answer. */
public enum Expectation {
    /** Certainly invalid: must answer 4xx in the error envelope and change nothing. */
    REJECTED,
    /** A boundary or doubtful value: may succeed, but never with a 5xx, and a 4xx is in the envelope. */
    HANDLED
}
