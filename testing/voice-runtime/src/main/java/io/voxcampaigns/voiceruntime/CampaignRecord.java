package io.voxcampaigns.voiceruntime;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The live record of one campaign; every method holds the record's lock, so counts are exact under concurrency. */
final class CampaignRecord {

    private final String campaignId;
    private final List<RuntimeCall> calls = new ArrayList<>();
    private final Map<String, List<RuntimeCall>> callsByTask = new LinkedHashMap<>();
    private final Map<String, int[]> attempts = new LinkedHashMap<>();
    private final List<WebhookDelivery> webhooks = new ArrayList<>();
    private int liveNow;
    private int mostLive;
    private long replays;
    private long rejected;
    private long refused;
    private long connected;
    private long notConnected;
    private long errors;

    CampaignRecord(String campaignId) {
        this.campaignId = campaignId;
    }

    synchronized void created(RuntimeCall call) {
        calls.add(call);
        liveNow++;
        mostLive = Math.max(mostLive, liveNow);
        callsByTask.computeIfAbsent(call.request().taskId(), task -> new ArrayList<>()).add(call);
        attempts.computeIfAbsent(call.attemptKey(), key -> new int[2])[0]++;
    }

    synchronized void replayed(RuntimeCall call) {
        replays++;
        attempts.computeIfAbsent(call.attemptKey(), key -> new int[2])[1]++;
    }

    synchronized void ended(Outcome outcome) {
        liveNow--;
        if (outcome.connected()) {
            connected++;
        } else if (outcome.status().equals("error")) {
            errors++;
        } else {
            notConnected++;
        }
    }

    synchronized void rejected() {
        rejected++;
    }

    synchronized void refused() {
        refused++;
    }

    synchronized WebhookDelivery webhook(String event, String runtimeId, int copy) {
        WebhookDelivery delivery = new WebhookDelivery(event, runtimeId, copy);
        webhooks.add(delivery);
        return delivery;
    }

    synchronized void attempted(WebhookDelivery delivery, int httpStatus) {
        delivery.attempts++;
        delivery.lastStatus = httpStatus;
    }

    synchronized void settled(WebhookDelivery delivery, WebhookDelivery.State state) {
        delivery.state = state;
    }

    /** Calls created at or after the time (unix ms); cheap enough to poll. */
    synchronized long dialsSince(long unixMillis) {
        return calls.stream().filter(call -> call.createdAt() >= unixMillis).count();
    }

    synchronized CampaignReport report() {
        Map<String, List<CampaignReport.Dial>> tasks = new LinkedHashMap<>();
        callsByTask.forEach((task, calls) -> tasks.put(task, calls.stream().map(CampaignRecord::dial).toList()));
        Map<String, CampaignReport.Attempt> keys = new LinkedHashMap<>();
        attempts.forEach((key, counts) -> keys.put(key, new CampaignReport.Attempt(counts[0], counts[1])));
        Map<WebhookDelivery.State, Long> byState = new EnumMap<>(WebhookDelivery.State.class);
        webhooks.forEach(w -> byState.merge(w.state, 1L, Long::sum));
        CampaignReport.Webhooks deliveries = new CampaignReport.Webhooks(
                byState.getOrDefault(WebhookDelivery.State.PENDING, 0L),
                byState.getOrDefault(WebhookDelivery.State.DELIVERED, 0L),
                byState.getOrDefault(WebhookDelivery.State.GIVEN_UP, 0L),
                byState.getOrDefault(WebhookDelivery.State.REFUSED, 0L),
                webhooks.stream().map(WebhookDelivery::report).toList());
        return new CampaignReport(campaignId, calls.size(), mostLive, liveNow, replays, rejected, refused, connected,
                notConnected, errors, tasks, keys, deliveries);
    }

    private static CampaignReport.Dial dial(RuntimeCall call) {
        RuntimeCall.State state = call.state();
        boolean answered = state.startAt() != null;
        return new CampaignReport.Dial(call.id(), call.request().toNumber(), call.attemptKey(), state.status(),
                state.disconnectionReason(), answered, state.outcome() != null, call.createdAt(), state.endAt(),
                call.request().voicemailMessage());
    }
}
