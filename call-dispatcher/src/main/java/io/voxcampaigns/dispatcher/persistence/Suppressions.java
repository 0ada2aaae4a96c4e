package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The dispatcher's copy of the organisations' suppression lists, written in the consumer's transaction: added
 * numbers get the change's expiry (a later change of the same number replaces it), removed ones are deleted. Applying
 * a change twice leaves the same rows.
 */
@ApplicationScoped
public class Suppressions {

    /** The task's number is listed and not expired: a condition on {@code dispatch_task} ($3 the organisation, $8 now). */
    static final String SUPPRESSED = """
            exists (select 1 from dispatch_suppression s where s.organization_id = $3
                    and s.number = dispatch_task.call_to
                    and (s.expires_at is null or s.expires_at > cast($8 as timestamptz)))""";

    /** Numbers per statement (each is a parameter). */
    private static final int CHUNK = 1_000;

    public Uni<Void> apply(String organizationId, List<String> added, Instant expiresAt, List<String> removed) {
        return Panache.getSession().chain(session -> add(session, organizationId, added, expiresAt)
                .chain(() -> remove(session, organizationId, removed)));
    }

    private static Uni<Void> add(Mutiny.Session session, String organizationId, List<String> numbers,
                                 Instant expiresAt) {
        return inChunks(numbers, chunk -> {
            StringBuilder sql = new StringBuilder("insert into dispatch_suppression (organization_id, number, expires_at) "
                    + "values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(:org, :n").append(i)
                        .append(expiresAt == null ? ", null)" : ", :expires)");
            }
            sql.append(" on conflict (organization_id, number) do update set expires_at = excluded.expires_at");
            Mutiny.MutationQuery query = numbered(session.createNativeQuery(sql.toString()), chunk)
                    .setParameter("org", organizationId);
            return (expiresAt == null ? query : query.setParameter("expires", SqlTime.of(expiresAt))).executeUpdate();
        });
    }

    private static Uni<Void> remove(Mutiny.Session session, String organizationId, List<String> numbers) {
        return inChunks(numbers, chunk -> {
            StringBuilder sql = new StringBuilder("delete from dispatch_suppression where organization_id = :org "
                    + "and number in (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? ":n" : ", :n").append(i);
            }
            sql.append(')');
            return numbered(session.createNativeQuery(sql.toString()), chunk).setParameter("org", organizationId)
                    .executeUpdate();
        });
    }

    private static Mutiny.MutationQuery numbered(Mutiny.MutationQuery query, List<String> numbers) {
        for (int i = 0; i < numbers.size(); i++) {
            query.setParameter("n" + i, numbers.get(i));
        }
        return query;
    }

    private static Uni<Void> inChunks(List<String> numbers, Function<List<String>, Uni<Integer>> statement) {
        Uni<Void> done = Uni.createFrom().voidItem();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + CHUNK));
            done = done.chain(() -> statement.apply(chunk)).replaceWithVoid();
        }
        return done;
    }
}
