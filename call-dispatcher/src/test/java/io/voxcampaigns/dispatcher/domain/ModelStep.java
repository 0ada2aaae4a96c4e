package io.voxcampaigns.dispatcher.domain;

/**
 * One random step of the attempt-lifecycle model: {@code pick} chooses which attempt, request, call or webhook it
 * concerns; {@code fate} how the runtime treats a request (see {@link ModelRuntime#receive}).
 */
record ModelStep(Kind kind, int pick, int fate) {

    enum Kind {
        /** The round claims a queued task if the campaign may place and a slot is free. */
        CLAIM,
        /** The gate looks at one unsettled attempt: sends it, gives it back to the queue, or holds it. */
        GATE,
        /** One request in flight meets its fate and its answer is applied. */
        ANSWER,
        /** The runtime moves one live call: connects it, or ends it (its webhooks are queued, some twice). */
        RUNTIME_PROGRESS,
        /** One queued webhook is delivered (in any order). */
        WEBHOOK,
        /** The dispatcher dies: requests in flight reached the runtime or not, their answers are lost; adopted. */
        CRASH,
        /** A pause, cancel-like stop or a window closing; or the opposite. */
        TOGGLE_PLACE,
        /** The runtime starts or stops refusing every request (503). */
        TOGGLE_RUNTIME,
        /** The deadline sweep asks the runtime about placed calls past their deadline. */
        SWEEP,
        /** Time passes. */
        TICK
    }
}
