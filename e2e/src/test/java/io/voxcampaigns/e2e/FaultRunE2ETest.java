package io.voxcampaigns.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The short versions of the fault runs (./fault-run runs the 20,000-task ones): 1,000 tasks at concurrency 50 per
 * scenario, on the module's shared stack; each must print PASS.
 */
class FaultRunE2ETest {

    private static final int TASKS = 1000;
    private static final int CONCURRENCY = 50;

    @ParameterizedTest
    @EnumSource(FaultRunner.Scenario.class)
    void everyTaskTerminalNoneLostNoneDialledTwiceCountersEqualTheRows(FaultRunner.Scenario scenario) {
        Verdict verdict = new FaultRunner(SharedStack.get(), TASKS, CONCURRENCY).run(scenario);
        System.out.println(verdict.line());
        assertThat(verdict.problems()).as(verdict.line()).isEmpty();
        assertThat(verdict.pass()).as(verdict.line()).isTrue();
    }
}
