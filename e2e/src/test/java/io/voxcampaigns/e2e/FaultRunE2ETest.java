package io.voxcampaigns.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The short versions of the fault runs with the simulated placer (./fault-run runs the 20,000-task ones): 1,000 tasks
 * at concurrency 50 per scenario, on the module's shared stack; each must print PASS.
 */
@Order(2)
class FaultRunE2ETest {

    private static final int TASKS = 1000;
    private static final int CONCURRENCY = 50;

    static List<Scenario> scenarios() {
        return Scenario.defaults(Stack.Placer.SIMULATED);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyTaskTerminalNoneUndialledNoneDialledTwiceCountersEqualTheRows(Scenario scenario) {
        Verdict verdict = new FaultRunner(SharedStack.get(), TASKS, CONCURRENCY, Duration.ofSeconds(15)).run(scenario);
        System.out.println(verdict.line());
        assertThat(verdict.problems()).as(verdict.line()).isEmpty();
        assertThat(verdict.pass()).as(verdict.line()).isTrue();
    }
}
