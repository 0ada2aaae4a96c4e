package io.voxcampaigns.dispatcher.engine;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * Runs a task per key, never twice at once for one key: a trigger while it runs asks for one more run afterwards,
 * however many triggers came. The task answers whether it wants to run again at once. Idle keys hold no memory.
 */
final class KeyedRunner<K> {

    private static final Logger LOG = Logger.getLogger(KeyedRunner.class);

    private enum State { RUNNING, RERUN }

    private final String name;
    private final Function<K, Uni<Boolean>> task;
    private final ConcurrentHashMap<K, State> states = new ConcurrentHashMap<>();

    KeyedRunner(String name, Function<K, Uni<Boolean>> task) {
        this.name = name;
        this.task = task;
    }

    void trigger(K key) {
        boolean[] start = {false};
        states.compute(key, (k, state) -> {
            start[0] = state == null;
            return state == null ? State.RUNNING : State.RERUN;
        });
        if (start[0]) {
            run(key);
        }
    }

    private void run(K key) {
        Uni<Boolean> run;
        try {
            run = task.apply(key);
        } catch (RuntimeException e) {
            run = Uni.createFrom().failure(e);
        }
        run.subscribe().with(again -> finish(key, again), failure -> {
            LOG.warnf("%s for %s failed (the sweep retries): %s", name, key, failure.toString());
            finish(key, false);
        });
    }

    private void finish(K key, boolean again) {
        boolean[] rerun = {false};
        states.compute(key, (k, state) -> {
            rerun[0] = again || state == State.RERUN;
            return rerun[0] ? State.RUNNING : null;
        });
        if (rerun[0]) {
            run(key);
        }
    }
}
