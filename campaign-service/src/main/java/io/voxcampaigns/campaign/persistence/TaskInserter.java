package io.voxcampaigns.campaign.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.NewTask;

/**
 * Inserts a campaign's tasks with one multi-row INSERT per chunk, in the caller's transaction: 100,000 tasks are
 * 100 statements, not 100,000 round trips. Five parameters per row keep a chunk far below PostgreSQL's 65,535.
 */
@ApplicationScoped
public class TaskInserter {

    static final int CHUNK = 1000;
    private static final String HEAD = "insert into campaign_task (id, campaign_id, organization_id, seq, to_number, "
            + "dynamic_variables, metadata, presentation_number, status, attempts, created_at, updated_at) values ";

    @Inject
    ObjectMapper json;

    /** Inserts every task of the campaign; call inside the campaign's transaction. */
    public Uni<Void> insert(UUID campaignId, String organizationId, Instant createdAt, List<NewTask> tasks) {
        return Panache.getSession().chain(session -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (int from = 0; from < tasks.size(); from += CHUNK) {
                List<NewTask> chunk = tasks.subList(from, Math.min(tasks.size(), from + CHUNK));
                chain = chain.chain(() -> insertChunk(session, campaignId, organizationId, createdAt, chunk));
            }
            return chain;
        });
    }

    private Uni<Void> insertChunk(Mutiny.Session session, UUID campaignId, String organizationId, Instant createdAt,
                                  List<NewTask> chunk) {
        StringBuilder sql = new StringBuilder(HEAD.length() + chunk.size() * 120).append(HEAD);
        for (int i = 0; i < chunk.size(); i++) {
            if (i > 0) {
                sql.append(',');
            }
            // seq is an int we computed, so it is written inline; everything a client sent is a parameter.
            sql.append("(:id").append(i).append(", :campaign, :org, ").append(chunk.get(i).seq())
                    .append(", :to").append(i).append(", :vars").append(i).append(", :meta").append(i)
                    .append(", :pres").append(i).append(", 'QUEUED', 0, :at, :at)");
        }
        Mutiny.MutationQuery query = session.createNativeQuery(sql.toString())
                .setParameter("campaign", campaignId)
                .setParameter("org", organizationId)
                .setParameter("at", createdAt);
        for (int i = 0; i < chunk.size(); i++) {
            NewTask task = chunk.get(i);
            query.setParameter("id" + i, task.id())
                    .setParameter("to" + i, task.toNumber())
                    .setParameter("vars" + i, variablesJson(task))
                    .setParameter("meta" + i, task.metadataJson())
                    .setParameter("pres" + i, task.presentationNumber());
        }
        return query.executeUpdate().replaceWithVoid();
    }

    private String variablesJson(NewTask task) {
        try {
            return json.writeValueAsString(task.dynamicVariables());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
