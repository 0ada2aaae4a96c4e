package io.voxcampaigns.e2e;

import java.util.List;

/**
 * The result of one fault scenario, judged by the placer's own record: how far the calls live at once exceeded the
 * campaign's concurrency, failed tasks the placer never dialled, tasks (or attempt keys) dialled more than once,
 * whether counters and outcomes agree with the record, and what else was wrong (lost tasks, a campaign not finishing,
 * webhooks given up, a consumer not flowing, dead letters missing).
 */
public record Verdict(String scenario, long overCap, long undialled, long doubled, boolean countersOk,
                      List<String> problems) {

    /** A scenario that could not be audited at all. */
    static Verdict unaudited(String scenario, List<String> problems) {
        return new Verdict(scenario, 0, 0, 0, false, problems);
    }

    public boolean pass() {
        return overCap == 0 && undialled == 0 && doubled == 0 && countersOk && problems.isEmpty();
    }

    /** {@code scenario: PASS|FAIL over-cap=N undialled=N doubled=N counters=ok|diff} */
    public String line() {
        return scenario + ": " + (pass() ? "PASS" : "FAIL") + " over-cap=" + overCap + " undialled=" + undialled
                + " doubled=" + doubled + " counters=" + (countersOk ? "ok" : "diff");
    }
}
