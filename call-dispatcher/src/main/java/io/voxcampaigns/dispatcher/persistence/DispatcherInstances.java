package io.voxcampaigns.dispatcher.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The live dispatcher instances, by heartbeat in database time (so replicas whose clocks disagree, or a test clock,
 * never make a live instance look dead): the unsettled attempts of an instance whose heartbeat stopped are adopted.
 */
@ApplicationScoped
public class DispatcherInstances {

    private static final String BEAT = """
            insert into dispatcher_instance (instance_id, name, started_at, heartbeat_at) values ($1, $2, now(), now())
            on conflict (instance_id) do update set heartbeat_at = now()
            """;
    private static final String LEAVE = "delete from dispatcher_instance where instance_id = $1";
    private static final String FORGET_DEAD = "delete from dispatcher_instance where heartbeat_at < now() - interval '1 day'";

    private final Pool pool;

    public DispatcherInstances(Pool pool) {
        this.pool = pool;
    }

    /** Registers the instance or renews its heartbeat; long-dead instances are forgotten on the way. */
    public Uni<Void> heartbeat(UUID instanceId, String name) {
        return pool.preparedQuery(BEAT).execute(Tuple.of(instanceId, name))
                .chain(() -> pool.query(FORGET_DEAD).execute()).replaceWithVoid();
    }

    /** The instance stops: its unsettled attempts may be adopted at once. */
    public Uni<Void> leave(UUID instanceId) {
        return pool.preparedQuery(LEAVE).execute(Tuple.of(instanceId)).replaceWithVoid();
    }
}
