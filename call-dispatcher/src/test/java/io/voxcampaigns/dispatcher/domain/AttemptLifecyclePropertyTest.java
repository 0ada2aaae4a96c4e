package io.voxcampaigns.dispatcher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The attempt lifecycle driven through random runtime answers (accepted, refused, timed out before or after the
 * runtime created the call, rejected), crashes of the dispatcher with requests in flight, webhooks early, twice and
 * out of order, pauses and windows closing, outages and deadline sweeps, against a model voice runtime whose own
 * record is the oracle. After every step: no slot freed while the runtime holds the call, no recipient dialled by
 * two attempts, no attempt ended as a call that never reached the runtime, never more attempts than the cap. After
 * the run, once faults stop, every task ends with the outcome the runtime recorded.
 */
class AttemptLifecyclePropertyTest {

    static final AttemptPolicy POLICY = new AttemptPolicy(Duration.ofMillis(200), Duration.ofSeconds(3),
            Duration.ofSeconds(5), Duration.ofSeconds(40));
    static final Instant START = Instant.parse("2026-12-03T01:00:00Z");

    @Property(tries = 400)
    void attemptsNeverOutliveTheRuntimesWordNorDialTwice(@ForAll @IntRange(min = 1, max = 6) int tasks,
                                                         @ForAll @IntRange(min = 1, max = 3) int concurrency,
                                                         @ForAll @IntRange(min = 0, max = 8) int invalidTask,
                                                         @ForAll("steps") List<ModelStep> steps) {
        ModelDispatcher dispatcher = new ModelDispatcher(tasks, concurrency, invalidTask, START);
        for (ModelStep step : steps) {
            dispatcher.run(step);
            dispatcher.checkSafety();
        }
        dispatcher.drain();
        dispatcher.checkSafety();
        dispatcher.checkEveryTaskEndedAsTheRuntimeRecorded();
    }

    @Property(tries = 100)
    void anOutageNeverEndsATaskAndEveryTaskIsDialledOnceItEnds(@ForAll @IntRange(min = 1, max = 6) int tasks,
                                                              @ForAll @IntRange(min = 1, max = 3) int concurrency,
                                                              @ForAll("outageSteps") List<ModelStep> steps) {
        ModelDispatcher dispatcher = new ModelDispatcher(tasks, concurrency, Integer.MAX_VALUE, START);
        dispatcher.run(new ModelStep(ModelStep.Kind.TOGGLE_RUNTIME, 0, 0));
        for (ModelStep step : steps) {
            dispatcher.run(step);
            dispatcher.checkSafety();
            assertThat(dispatcher.endedAttempts()).as("attempts ended while the runtime refused everything").isZero();
        }
        dispatcher.drain();
        dispatcher.checkEveryTaskEndedAsTheRuntimeRecorded();
    }

    @Provide
    Arbitrary<List<ModelStep>> steps() {
        return Combinators.combine(Arbitraries.of(ModelStep.Kind.class), Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 3)).as(ModelStep::new).list().ofMinSize(5).ofMaxSize(250);
    }

    @Provide
    Arbitrary<List<ModelStep>> outageSteps() {
        return Combinators.combine(Arbitraries.of(ModelStep.Kind.CLAIM, ModelStep.Kind.GATE, ModelStep.Kind.ANSWER,
                        ModelStep.Kind.CRASH, ModelStep.Kind.TICK, ModelStep.Kind.SWEEP, ModelStep.Kind.TOGGLE_PLACE),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 3))
                .as(ModelStep::new).list().ofMinSize(5).ofMaxSize(150);
    }
}
