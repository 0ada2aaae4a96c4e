package io.voxcampaigns.voiceruntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Outcomes: scripted per recipient in order, otherwise drawn by weight, the same for the same seed and key. */
class OutcomeTest {

    @Test
    void successiveCallsToAScriptedNumberFollowTheScriptAndTheLastOutcomeRepeats() throws Exception {
        try (VoiceRuntimeStub stub = VoiceRuntimeStub.builder().behaviour(Quick.always(Outcome.ERROR)).start()) {
            stub.controls().script("01000000001", Outcome.BUSY, Outcome.NO_ANSWER, Outcome.VOICEMAIL,
                    Outcome.USER_HANGUP);
            StubClient client = new StubClient(stub, null);

            List<String> outcomes = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                client.create("k" + i, StubClient.callBody("01000000001", "camp", "t"));
                outcomes.add(awaitEnded(stub, i));
            }
            client.create("other", StubClient.callBody("01000000002", "camp", "u"));

            assertThat(outcomes).containsExactly("not_connected/dial_busy", "not_connected/dial_no_answer",
                    "not_connected/voicemail_reached", "ended/user_hangup", "ended/user_hangup");
            assertThat(stub.record().campaign("camp").tasks().get("t")).extracting(CampaignReport.Dial::connected)
                    .containsExactly(false, false, false, true, true);
        }
    }

    @Test
    void theSameSeedNumberAndKeyGiveTheSameOutcomeEveryRun() throws Exception {
        List<String> first = drawOutcomes();
        List<String> second = drawOutcomes();

        assertThat(second).isEqualTo(first);
        assertThat(first).hasSize(30).as("a mix of the three weighted outcomes")
                .contains("ended/user_hangup", "not_connected/dial_busy", "error/dial_failed");
    }

    private static List<String> drawOutcomes() throws Exception {
        OutcomePlan mix = new OutcomePlan(Map.of(Outcome.USER_HANGUP, 1, Outcome.BUSY, 1, Outcome.ERROR, 1), 99,
                Map.of());
        try (VoiceRuntimeStub stub = VoiceRuntimeStub.builder()
                .behaviour(new Behaviour(Timing.ofMillis(0, 5, 0, 5), mix, Faults.NONE)).start()) {
            StubClient client = new StubClient(stub, null);
            for (int i = 0; i < 30; i++) {
                client.create("key-" + i, StubClient.callBody(String.format("010%08d", i), "camp", "t" + i));
            }
            List<String> outcomes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                outcomes.add(awaitEnded(stub, "t" + i));
            }
            return outcomes;
        }
    }

    /** status/reason of the n-th call of task t once it ended. */
    private static String awaitEnded(VoiceRuntimeStub stub, int nth) throws InterruptedException {
        return awaitDial(stub, "t", nth);
    }

    private static String awaitEnded(VoiceRuntimeStub stub, String task) throws InterruptedException {
        return awaitDial(stub, task, 0);
    }

    private static String awaitDial(VoiceRuntimeStub stub, String task, int nth) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            List<CampaignReport.Dial> dials = stub.record().campaign("camp").tasks().getOrDefault(task, List.of());
            if (dials.size() > nth && dials.get(nth).ended()) {
                return dials.get(nth).status() + "/" + dials.get(nth).disconnectionReason();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("call " + nth + " of task " + task + " did not end");
    }
}
