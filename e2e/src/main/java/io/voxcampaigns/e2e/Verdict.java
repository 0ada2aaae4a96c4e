package io.voxcampaigns.e2e;

import java.util.List;

/**
 * The result of one fault scenario: tasks lost, attempts dialled twice, counters against the task rows, and what
 * else was wrong (a campaign not finishing, the cap exceeded, a consumer not flowing, dead letters missing).
 */
public record Verdict(String scenario, long lost, long duplicates, boolean countersOk, List<String> problems) {

    public boolean pass() {
        return lost == 0 && duplicates == 0 && countersOk && problems.isEmpty();
    }

    /** {@code scenario: PASS|FAIL lost=N duplicates=N counters=ok|diff} */
    public String line() {
        return scenario + ": " + (pass() ? "PASS" : "FAIL") + " lost=" + lost + " duplicates=" + duplicates
                + " counters=" + (countersOk ? "ok" : "diff");
    }
}
