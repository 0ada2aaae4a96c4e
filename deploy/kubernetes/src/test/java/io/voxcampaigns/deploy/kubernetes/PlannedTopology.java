package io.voxcampaigns.deploy.kubernetes;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.voxcampaigns.events.Topics;

/**
 * Consumers and producers of docs/architecture.md "Topics" that the services are gaining while these manifests are
 * written (issue 7's siblings): the manifests grant them already, and the tests treat them as required on top of what
 * the services' configuration and code show today. Once a service configures them this adds nothing; when everything has landed
 * the lists can be emptied.
 */
final class PlannedTopology {

    static final Map<String, List<ServiceConfiguration.Incoming>> INCOMING = Map.of(
            "campaign-service", List.of(incoming("campaign-service", "call-events", Topics.CALL_EVENTS)),
            "call-dispatcher", List.of(
                    incoming("call-dispatcher", "campaign-tasks", Topics.CAMPAIGN_TASKS),
                    incoming("call-dispatcher", "agent-events", Topics.AGENT_EVENTS),
                    incoming("call-dispatcher", "suppression-events", Topics.SUPPRESSION_EVENTS)));

    /** Topics a service's outbox relay will write once it builds their events. */
    static final Map<String, Set<String>> PRODUCED = Map.of(
            "call-dispatcher", Set.of(Topics.CALL_EVENTS),
            "campaign-service", Set.of(Topics.API_KEY_EVENTS));

    private PlannedTopology() {
    }

    /** The group id pattern {@code <service>.<channel>} and the dead-letter topic {@code <topic>.dlq}. */
    private static ServiceConfiguration.Incoming incoming(String service, String channel, String topic) {
        return new ServiceConfiguration.Incoming(channel, topic, service + "." + channel, Topics.deadLetter(topic));
    }
}
