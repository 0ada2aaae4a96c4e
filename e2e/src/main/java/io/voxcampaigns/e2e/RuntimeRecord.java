package io.voxcampaigns.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.voxcampaigns.voiceruntime.CampaignReport;

/** The stub runtime's record of one campaign as a {@link PlacerRecord}: every call it created and how it ended. */
public final class RuntimeRecord implements PlacerRecord {

    private final CampaignReport report;

    public RuntimeRecord(CampaignReport report) {
        this.report = report;
    }

    @Override
    public int mostLive() {
        return report.mostLive();
    }

    @Override
    public Map<String, List<String>> dialsByTask() {
        Map<String, List<String>> dials = new LinkedHashMap<>();
        report.tasks().forEach((task, calls) ->
                dials.put(task, calls.stream().map(CampaignReport.Dial::attemptKey).toList()));
        return dials;
    }

    @Override
    public long keysDialledTwice() {
        return report.attempts().values().stream().filter(a -> a.creations() > 1).count();
    }

    @Override
    public Optional<Map<String, String>> outcomes() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        report.tasks().forEach((task, calls) -> outcomes.put(task, outcome(calls.get(calls.size() - 1))));
        return Optional.of(outcomes);
    }

    @Override
    public Optional<Map<String, List<Dial>>> callsByTask() {
        Map<String, List<Dial>> calls = new LinkedHashMap<>();
        report.tasks().forEach((task, dials) -> calls.put(task, dials.stream()
                .map(dial -> new Dial(outcome(dial), dial.createdAt(), dial.endAt())).toList()));
        return Optional.of(calls);
    }

    @Override
    public Optional<Long> connected() {
        return Optional.of(report.connected());
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        CampaignReport.Webhooks webhooks = report.webhooks();
        if (webhooks.givenUp() > 0) {
            problems.add("the runtime gave up " + webhooks.givenUp() + " webhook deliveries" + lastStatuses("given_up"));
        }
        if (webhooks.refused() > 0) {
            problems.add("the dispatcher refused " + webhooks.refused() + " webhook deliveries with 400/401"
                    + lastStatuses("refused"));
        }
        if (webhooks.pending() > 0) {
            problems.add(webhooks.pending() + " webhook deliveries still unaccepted after the run"
                    + lastStatuses("pending"));
        }
        if (report.liveNow() > 0) {
            problems.add(report.liveNow() + " calls still live at the runtime after the run");
        }
        return problems;
    }

    /** {@code status/reason} as the tasks API shows a task's last outcome; a live call has none yet. */
    static String outcome(CampaignReport.Dial dial) {
        return dial.ended() ? dial.status() + "/" + dial.disconnectionReason() : "live";
    }

    private String lastStatuses(String state) {
        Map<Integer, Long> byStatus = new LinkedHashMap<>();
        report.webhooks().deliveries().stream().filter(w -> w.state().equals(state))
                .forEach(w -> byStatus.merge(w.lastStatus(), 1L, Long::sum));
        return " (last HTTP status: count " + byStatus + ", 0 = no answer)";
    }
}
