package io.voxcampaigns.dispatcher.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;

import io.voxcampaigns.events.EventCatalog;
import io.voxcampaigns.events.campaign.CampaignCanceled;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.campaign.CampaignPaused;
import io.voxcampaigns.events.campaign.CampaignResumed;
import io.voxcampaigns.events.campaign.CampaignStatusChanged;
import io.voxcampaigns.events.campaign.CampaignUpdated;
import io.voxcampaigns.events.common.CallPurpose;
import io.voxcampaigns.events.common.CallTimeWindow;
import io.voxcampaigns.events.common.CampaignSettings;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.events.common.PausedBy;
import io.voxcampaigns.events.common.RetryPolicy;
import io.voxcampaigns.events.common.VoicemailAction;
import io.voxcampaigns.events.common.TimeWindow;
import io.voxcampaigns.events.common.Weekday;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.events.task.TaskBatch;
import io.voxcampaigns.events.task.TaskItem;
import io.voxcampaigns.platform.outbox.EventKeys;
import io.voxcampaigns.testing.support.TestKafka;

/**
 * Publishes campaign.events and campaign.tasks as campaign-service does (see its CampaignEvents): single-object
 * Avro, key = campaign id, header event_type, tasks in TaskBatch records of at most 500.
 */
public final class CampaignFeed {

    public static final int BATCH = 500;
    public static final String FROM_NUMBER = "0260001000";

    private final UUID campaignId = UUID.randomUUID();
    private final String organizationId;
    private final UUID agentId;
    private int concurrency = 5;
    private int tasks = 10;
    private Instant scheduledAt;
    private CallTimeWindow window = allDay();
    private RetryPolicy retryPolicy;
    private VoicemailAction voicemailAction;
    private String callPrefix = "010";
    private CallPurpose purpose = CallPurpose.general;
    private IntPredicate nightConsent = i -> false;
    private Double maxCallsPerSecond;
    private String oneNumber;
    private IntFunction<String> numbers;

    public CampaignFeed(String organizationId, UUID agentId) {
        this.organizationId = organizationId;
        this.agentId = agentId;
    }

    /** A campaign of a fresh organisation, with an agent nobody announced (the dispatcher uses default settings). */
    public static CampaignFeed anyCampaign() {
        return new CampaignFeed(UUID.randomUUID().toString(), UUID.randomUUID());
    }

    public CampaignFeed concurrency(int value) {
        concurrency = value;
        return this;
    }

    public CampaignFeed tasks(int value) {
        tasks = value;
        return this;
    }

    /** What the calls are for (default general). */
    public CampaignFeed purpose(CallPurpose value) {
        purpose = value;
        return this;
    }

    /** Every task calls this number (default: each its own, {@link #callTo}). */
    public CampaignFeed oneNumber(String value) {
        oneNumber = value;
        return this;
    }

    /** The number of each task, by index (default: {@link #oneNumber}, else each its own). */
    public CampaignFeed numbers(IntFunction<String> value) {
        numbers = value;
        return this;
    }

    /** The campaign's max_calls_per_second (default null: no limit). */
    public CampaignFeed maxCallsPerSecond(Double value) {
        maxCallsPerSecond = value;
        return this;
    }

    /** Which tasks, by index, carry night_consent (default none). */
    public CampaignFeed nightConsent(IntPredicate value) {
        nightConsent = value;
        return this;
    }

    public CampaignFeed scheduledAt(Instant value) {
        scheduledAt = value;
        return this;
    }

    /** One window on every day, in a zone. */
    public CampaignFeed window(int startMin, int endMin, String zone, boolean autoResume) {
        return window(new CallTimeWindow(List.of(new TimeWindow(startMin, endMin, List.of(Weekday.values()))), zone,
                autoResume, List.of(), null));
    }

    /** The first three digits of the tasks' numbers (default 010), so tests can keep runtime scripts apart. */
    public CampaignFeed callPrefix(String value) {
        callPrefix = value;
        return this;
    }

    /** The number of task {@code index}. */
    public String callTo(int index) {
        if (numbers != null) {
            return numbers.apply(index);
        }
        return oneNumber != null ? oneNumber : String.format("%s%08d", callPrefix, index);
    }

    /** The campaign's retry_policy as campaign.events carry it; null (the default): one attempt per task. */
    public CampaignFeed retryPolicy(RetryPolicy value) {
        retryPolicy = value;
        return this;
    }

    /** The campaign's voicemail_action as campaign.events carry it; null (the default): hang up. */
    public CampaignFeed voicemailAction(VoicemailAction value) {
        voicemailAction = value;
        return this;
    }

    public CampaignFeed window(CallTimeWindow value) {
        window = value;
        return this;
    }

    public UUID id() {
        return campaignId;
    }

    public String organizationId() {
        return organizationId;
    }

    public UUID agentId() {
        return agentId;
    }

    public CampaignSettings settings() {
        return CampaignSettings.newBuilder().setName("Campaign " + campaignId).setAgentId(agentId.toString())
                .setAgentVersion("current").setResolvedAgentVersion("current").setFromNumber(FROM_NUMBER)
                .setPresentationNumber(null).setConcurrency(concurrency).setScheduledAt(scheduledAt)
                .setCallTimeWindow(window).setTotalTasks(tasks).setRetryPolicy(retryPolicy)
                .setVoicemailAction(voicemailAction).setPurpose(purpose)
                .setMaxCallsPerSecond(maxCallsPerSecond).build();
    }

    public CampaignCreated created() {
        CampaignStatus status = scheduledAt != null && scheduledAt.isAfter(now()) ? CampaignStatus.draft
                : CampaignStatus.pending;
        return CampaignCreated.newBuilder().setEventId(newId()).setOccurredAt(now())
                .setOrganizationId(organizationId).setCampaignId(campaignId.toString()).setSettings(settings())
                .setStatus(status).build();
    }

    /** The current settings as a PATCH publishes them. */
    public CampaignUpdated updated(Instant at) {
        return updated(at, CampaignStatus.pending);
    }

    /** The current settings as a PATCH of a campaign in {@code status} publishes them. */
    public CampaignUpdated updated(Instant at, CampaignStatus status) {
        return CampaignUpdated.newBuilder().setEventId(newId()).setOccurredAt(at).setOrganizationId(organizationId)
                .setCampaignId(campaignId.toString()).setSettings(settings()).setStatus(status).build();
    }

    /** The same batch again under a new event id, as a producer retrying after a lost ack would send it. */
    public static TaskBatch resent(TaskBatch batch) {
        return TaskBatch.newBuilder().setEventId(newId()).setOccurredAt(batch.getOccurredAt())
                .setOrganizationId(batch.getOrganizationId()).setCampaignId(batch.getCampaignId())
                .setBatchIndex(batch.getBatchIndex()).setBatchCount(batch.getBatchCount()).setTasks(batch.getTasks())
                .build();
    }

    /** The tasks, numbered 0..n-1 (call_to {@link #callTo}), in batches of {@value #BATCH}. */
    public List<TaskBatch> batches() {
        int count = (tasks + BATCH - 1) / BATCH;
        List<TaskBatch> batches = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            List<TaskItem> items = new ArrayList<>();
            for (int i = b * BATCH; i < Math.min(tasks, (b + 1) * BATCH); i++) {
                items.add(TaskItem.newBuilder().setTaskId(UUID.randomUUID().toString())
                        .setCallTo(callTo(i)).setDynamicVariables(Map.of("n", Integer.toString(i)))
                        .setMetadataJson("{\"n\":" + i + "}").setPresentationNumber(null)
                        .setNightConsent(nightConsent.test(i)).build());
            }
            batches.add(TaskBatch.newBuilder().setEventId(newId()).setOccurredAt(now())
                    .setOrganizationId(organizationId).setCampaignId(campaignId.toString()).setBatchIndex(b)
                    .setBatchCount(count).setTasks(items).build());
        }
        return batches;
    }

    /**
     * Tasks {@code from} to {@code from + count - 1} appended after the creation (as POST .../tasks publishes them),
     * in one batch numbered {@code batchIndex}; raise {@link #tasks} to match before publishing the settings.
     */
    public TaskBatch appended(int batchIndex, int from, int count) {
        List<TaskItem> items = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            items.add(TaskItem.newBuilder().setTaskId(UUID.randomUUID().toString()).setCallTo(callTo(i))
                    .setDynamicVariables(Map.of("n", Integer.toString(i))).setMetadataJson(null)
                    .setPresentationNumber(null).build());
        }
        return TaskBatch.newBuilder().setEventId(newId()).setOccurredAt(now()).setOrganizationId(organizationId)
                .setCampaignId(campaignId.toString()).setBatchIndex(batchIndex).setBatchCount(batchIndex + 1)
                .setTasks(items).build();
    }

    /** Campaign-service's announcement of a status it applied (e.g. the echo of the dispatcher's own drain). */
    public CampaignStatusChanged statusChanged(CampaignStatus previous, CampaignStatus status) {
        return CampaignStatusChanged.newBuilder().setEventId(newId()).setOccurredAt(now())
                .setOrganizationId(organizationId).setCampaignId(campaignId.toString()).setPreviousStatus(previous)
                .setStatus(status).build();
    }

    /** Settings first, then every task batch. */
    public CampaignFeed publish() {
        send(created());
        batches().forEach(CampaignFeed::send);
        return this;
    }

    public CampaignPaused userPaused() {
        return CampaignPaused.newBuilder().setEventId(newId()).setOccurredAt(now()).setOrganizationId(organizationId)
                .setCampaignId(campaignId.toString()).setPausedBy(PausedBy.user).setPausedAt(now()).build();
    }

    public CampaignResumed resumed(CampaignStatus status) {
        return CampaignResumed.newBuilder().setEventId(newId()).setOccurredAt(now()).setOrganizationId(organizationId)
                .setCampaignId(campaignId.toString()).setStatus(status).build();
    }

    public CampaignCanceled canceled() {
        return CampaignCanceled.newBuilder().setEventId(newId()).setOccurredAt(now()).setOrganizationId(organizationId)
                .setCampaignId(campaignId.toString()).setCanceledAt(now()).build();
    }

    /** Publishes an event on its topic with its key and event_type header, waiting for the broker's ack. */
    public static void send(SpecificRecord event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(EventCatalog.topicOf(event.getClass()),
                EventKeys.of(event), EventCodec.encode(event));
        record.headers().add("event_type", EventCodec.eventType(event).getBytes(StandardCharsets.UTF_8));
        TestKafka.companion().produce(Serdes.String(), Serdes.ByteArray()).fromRecords(record)
                .awaitCompletion(Duration.ofSeconds(30));
    }

    /** Event timestamps come from the dispatcher's (test) clock, like campaign-service's would. */
    private static Instant now() {
        return TestClock.INSTANCE.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static CallTimeWindow allDay() {
        return new CallTimeWindow(List.of(new TimeWindow(0, 1440, List.of(Weekday.values()))), "Asia/Seoul", true,
                List.of(), null);
    }
}
