package io.voxcampaigns.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The short versions of the vox-mode fault runs (./fault-run --placer vox runs the 20,000-task ones): two dispatcher
 * processes dialling through the stub voice runtime, judged by the runtime's record; 300 tasks at concurrency 30 per
 * scenario, faults of 15 s (longer than the dispatcher's unavailable-pause-after of 10 s); each must print PASS. The
 * runtime's own faults, and the two common faults that meet the vox path (webhooks reaching a killed dispatcher, or
 * one without its database); campaign-service-kill, kafka-restart and poison run in vox mode in ./fault-run only.
 */
@Order(3)
class VoxFaultRunE2ETest {

    private static final int TASKS = 300;
    private static final int CONCURRENCY = 30;
    private static final Duration FAULT_LENGTH = Duration.ofSeconds(15);

    static List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<>(Arrays.stream(Scenario.values()).filter(Scenario::voxOnly).toList());
        scenarios.addAll(List.of(Scenario.DISPATCHER_KILL, Scenario.POSTGRES_RESTART));
        return scenarios;
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
