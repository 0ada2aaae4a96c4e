package io.voxcampaigns.campaign.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.campaign.api.FakeAgentService;
import io.voxcampaigns.campaign.client.AgentServiceClient.Answer;
import io.voxcampaigns.campaign.client.AgentServiceClient.Verdict;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * The agent-service client over real HTTP, against the stand-in the test application serves
 * ({@link FakeAgentService}, where the test profile points vox.agent-service.url): answers, 404s, an outage and a
 * slow answer, each as the verdict create turns into 201, 400 or 503.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class AgentServiceClientTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String KEY = "key-of-this-test";

    @Inject
    AgentServiceClient client;

    @Inject
    AgentServiceConfig config;

    @Test
    void aKnownVersionIsFoundWithTheProductionVersion() {
        String agent = registered();

        Answer answer = client.find(agent, "v2", "Bearer " + KEY).await().atMost(WAIT);

        assertThat(answer).isEqualTo(new Answer(Verdict.FOUND, "v2"));
    }

    @Test
    void aMissingAgentAndAMissingVersionAreTwoAnswers() {
        String agent = registered();

        assertThat(client.find(UUID.randomUUID().toString(), "current", "Bearer " + KEY).await().atMost(WAIT))
                .isEqualTo(new Answer(Verdict.NO_AGENT, null));
        assertThat(client.find(agent, "v9", "Bearer " + KEY).await().atMost(WAIT))
                .isEqualTo(new Answer(Verdict.NO_VERSION, null));
        assertThat(client.find(agent, "v1", "Bearer another-key").await().atMost(WAIT))
                .as("another organisation's key does not see the agent")
                .isEqualTo(new Answer(Verdict.NO_AGENT, null));
        assertThat(FakeAgentService.REQUESTS.get(agent)).as("a 404 is an answer: not retried").isEqualTo(2);
    }

    @Test
    void anOutageIsRetriedOnceThenUnavailable() {
        String agent = registered();
        FakeAgentService.FAILING.add(agent);

        Answer answer = client.find(agent, "v1", "Bearer " + KEY).await().atMost(WAIT);

        assertThat(answer.verdict()).isEqualTo(Verdict.UNAVAILABLE);
        assertThat(FakeAgentService.REQUESTS.get(agent)).isEqualTo(1 + config.retries());
    }

    @Test
    void aSlowAnswerTimesOutAndIsUnavailable() {
        String agent = registered();
        FakeAgentService.SLOW.add(agent);
        long started = System.nanoTime();

        Answer answer = client.find(agent, "v1", "Bearer " + KEY).await().atMost(WAIT);

        long tookMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertThat(answer.verdict()).isEqualTo(Verdict.UNAVAILABLE);
        assertThat(FakeAgentService.REQUESTS.get(agent)).isEqualTo(1 + config.retries());
        assertThat(config.timeout().toMillis()).isLessThan(FakeAgentService.SLOW_ANSWER_MS);
        assertThat(tookMs).as("two attempts of at most the configured timeout each, not two slow answers")
                .isLessThan(2 * FakeAgentService.SLOW_ANSWER_MS);
    }

    /** A fresh agent known to the stand-in with versions v1 and v2, v2 in production, visible with {@link #KEY}. */
    private static String registered() {
        String agent = UUID.randomUUID().toString();
        FakeAgentService.register(agent, KEY, List.of("v1", "v2"), "v2");
        return agent;
    }
}
