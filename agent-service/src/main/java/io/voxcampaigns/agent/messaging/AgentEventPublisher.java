package io.voxcampaigns.agent.messaging;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.agent.persistence.Agent;
import io.voxcampaigns.agent.persistence.AgentVersion;
import io.voxcampaigns.agent.persistence.AgentVersionRepository;
import io.voxcampaigns.platform.outbox.OutboxWriter;

/** Appends an agent's event, with its snapshot and every version, to the outbox of the current transaction. */
@ApplicationScoped
public class AgentEventPublisher {

    private final AgentVersionRepository versions;
    private final OutboxWriter outbox;

    public AgentEventPublisher(AgentVersionRepository versions, OutboxWriter outbox) {
        this.versions = versions;
        this.outbox = outbox;
    }

    /** Flushes pending changes first so the snapshot's version list includes a version created in this transaction. */
    public Uni<Void> publish(Agent agent, Function<List<AgentVersion>, SpecificRecord> event) {
        return versions.flush()
                .chain(() -> versions.ofAgent(agent.id))
                .chain(all -> outbox.append(event.apply(all)));
    }
}
