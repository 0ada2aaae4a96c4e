package io.voxcampaigns.voiceruntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** POST /v3/calls and GET /v3/calls/{id}: creation, idempotent replays, refusals, progress. */
class CreateCallTest {

    private final VoiceRuntimeStub stub = VoiceRuntimeStub.builder().apiKey("key-1")
            .behaviour(Quick.unansweredAfter(1000)).start();
    private final StubClient client = new StubClient(stub, "key-1");

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void aNewKeyCreatesARingingCallAndEchoesTheRequest() {
        StubClient.Response created = client.create("attempt-1", StubClient.callBody("01000000001", "camp", "task-1"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("id").asText()).hasSize(36);
        assertThat(created.body().path("status").asText()).isEqualTo("queued");
        assertThat(created.body().path("call_type").asText()).isEqualTo("outbound");
        assertThat(created.body().path("to_number").asText()).isEqualTo("01000000001");
        assertThat(created.body().path("agent").path("agent_version").asText()).isEqualTo("v1");
        assertThat(created.body().path("metadata").path("vox_campaigns").path("task_id").asText()).isEqualTo("task-1");
        assertThat(created.body().path("dynamic_variables").path("name").asText()).isEqualTo("Kim");
        assertThat(created.body().path("disconnection_reason").isNull()).isTrue();
        assertThat(created.body().path("start_at").isNull()).isTrue();
        assertThat(stub.record().campaign("camp").dials()).isEqualTo(1);
    }

    @Test
    void theSameKeyAgainIsAReplayThatDialsNothing() {
        StubClient.Response first = client.create("attempt-1", StubClient.callBody("01000000001", "camp", "task-1"));
        StubClient.Response again = client.create("attempt-1", StubClient.callBody("01000000001", "camp", "task-1"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("id").asText()).isEqualTo(first.body().path("id").asText());
        CampaignReport report = stub.record().campaign("camp");
        assertThat(report.dials()).isEqualTo(1);
        assertThat(report.replays()).isEqualTo(1);
        assertThat(report.attempts().get("attempt-1")).isEqualTo(new CampaignReport.Attempt(1, 1));
        assertThat(report.tasks().get("task-1")).hasSize(1);
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneCall() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<StubClient.Response>> requests = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            requests.add(() -> client.create("same-key", StubClient.callBody("01000000001", "camp", "task-1")));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<StubClient.Response> response : pool.invokeAll(requests)) {
            statuses.add(response.get().status());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(stub.record().campaign("camp").attempts().get("same-key"))
                .isEqualTo(new CampaignReport.Attempt(1, 31));
    }

    @Test
    void aRejectedNumberIsA400AndNothingIsDialled() {
        stub.controls().rejectNumbers(NumberSet.prefixed("0109"));

        StubClient.Response refused = client.create("attempt-1", StubClient.callBody("01090000001", "camp", "t"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("error").path("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(refused.body().path("error").path("details").path("field").asText()).isEqualTo("to_number");
        CampaignReport report = stub.record().campaign("camp");
        assertThat(report.dials()).isZero();
        assertThat(report.rejected()).isEqualTo(1);
    }

    @Test
    void malformedBodiesAndMissingKeysAre400s() {
        assertThat(client.post("/v3/calls", "{not json").status()).isEqualTo(400);
        assertThat(client.post("/v3/calls", "[]").status()).isEqualTo(400);
        StubClient.Response noNumber = client.create("k", StubClient.JSON.createObjectNode().put("from_number", "1"));
        assertThat(noNumber.status()).isEqualTo(400);
        assertThat(noNumber.body().path("error").path("details").path("field").asText()).isEqualTo("to_number");
        StubClient.Response noKey = client.create(null, StubClient.callBody("01000000001", "camp", "t"));
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(stub.record().dials()).isZero();
    }

    @Test
    void aWrongApiKeyIs401() {
        StubClient.Response refused = new StubClient(stub, "other")
                .create("k", StubClient.callBody("01000000001", "camp", "t"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().path("error").path("code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(stub.record().dials()).isZero();
    }

    @Test
    void getShowsTheCallRingingThenEndedAnd404ForAnUnknownId() throws InterruptedException {
        String id = client.create("k", StubClient.callBody("01000000001", "camp", "t")).body().path("id").asText();

        assertThat(client.get("/v3/calls/" + id).body().path("status").asText()).isEqualTo("queued");
        StubClient.Response ended = client.get("/v3/calls/" + id);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (ended.body().path("status").asText().equals("queued") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            ended = client.get("/v3/calls/" + id);
        }
        assertThat(ended.body().path("status").asText()).isEqualTo("not_connected");
        assertThat(ended.body().path("disconnection_reason").asText()).isEqualTo("dial_no_answer");
        assertThat(ended.body().path("end_at").asLong()).isPositive();
        assertThat(ended.body().path("transcript").isArray()).isTrue();

        StubClient.Response unknown = client.get("/v3/calls/00000000-0000-0000-0000-000000000000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("error").path("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void callsWithoutOurMetadataAreRecordedUnderUnknown() {
        var body = StubClient.callBody("01000000001", "camp", "t");
        body.remove("metadata");

        assertThat(client.create("k", body).status()).isEqualTo(201);

        CampaignReport unknown = stub.record().campaign(StubRecord.UNKNOWN);
        assertThat(unknown.dials()).isEqualTo(1);
        assertThat(unknown.tasks()).containsOnlyKeys(StubRecord.UNKNOWN);
    }
}
