package io.voxcampaigns.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The short versions of the fault runs (./fault-run runs the 20,000-task ones): two dispatcher processes dialling
 * through the stub voice runtime, judged by the runtime's record; 300 tasks at concurrency 30 per scenario, faults of
 * 8 s (longer than the dispatcher's unavailable-pause-after of 5 s); every scenario, each must print PASS. They run
 * in vox mode only: the runtime's record is the stronger oracle, and the simulated placer's fault runs stay in
 * {@code ./fault-run --placer simulated}.
 */
// starts the whole stack: Kafka, PostgreSQL and the services (out of the fast tier, ./mvnw -B -Pfast verify)
@Tag("real-infra")
@Order(2)
class VoxFaultRunE2ETest {

    private static final int TASKS = 300;
    private static final int CONCURRENCY = 30;
    private static final Duration FAULT_LENGTH = Duration.ofSeconds(8);

    static List<Scenario> scenarios() {
        return Scenario.defaults(Stack.Placer.VOX);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theRuntimeSawTheCapHeldEveryFailedTaskDialledNoneTwiceAndTheOutcomesWeShow(Scenario scenario) {
        Stack stack = SharedStack.get(new Stack.Options(Stack.Placer.VOX, 2));
        Verdict verdict = new FaultRunner(stack, TASKS, CONCURRENCY, FAULT_LENGTH).run(scenario);
        System.out.println(verdict.line());
        assertThat(verdict.problems()).as(verdict.line()).isEmpty();
        assertThat(verdict.pass()).as(verdict.line()).isTrue();
    }
}
