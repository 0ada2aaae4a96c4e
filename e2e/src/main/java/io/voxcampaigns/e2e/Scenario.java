package io.voxcampaigns.e2e;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A fault run: its label, whether it needs the vox placer (the stub runtime) and how many dispatcher processes. */
public enum Scenario {
    DISPATCHER_KILL("dispatcher-kill", false, 1),
    CAMPAIGN_SERVICE_KILL("campaign-service-kill", false, 1),
    KAFKA_RESTART("kafka-restart", false, 1),
    POSTGRES_RESTART("postgres-restart", false, 1),
    POISON("poison", false, 1),
    RUNTIME_SLOW("runtime-slow", true, 1),
    RUNTIME_OUTAGE("runtime-outage", true, 1),
    EARLY_WEBHOOKS("early-webhooks", true, 2),
    DISPATCHER_KILL_WHILE_PLACING("dispatcher-kill-while-placing", true, 2),
    DUPLICATE_WEBHOOKS("duplicate-webhooks", true, 1);

    private final String label;
    private final boolean voxOnly;
    private final int dispatchers;

    Scenario(String label, boolean voxOnly, int dispatchers) {
        this.label = label;
        this.voxOnly = voxOnly;
        this.dispatchers = dispatchers;
    }

    public String label() {
        return label;
    }

    public boolean voxOnly() {
        return voxOnly;
    }

    /** Dispatcher processes the scenario needs. */
    public int dispatchers() {
        return dispatchers;
    }

    /** Whether the fault is injected once a quarter of the calls were placed (else it holds for the whole run). */
    public boolean midRun() {
        return this != EARLY_WEBHOOKS && this != DUPLICATE_WEBHOOKS;
    }

    public static Scenario of(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown scenario " + label + "; known: "
                        + Arrays.stream(values()).map(Scenario::label).toList()));
    }

    /** The scenarios a placer runs by default, in order: in vox mode the runtime's faults first, then the others. */
    public static List<Scenario> defaults(Stack.Placer placer) {
        List<Scenario> common = Arrays.stream(values()).filter(s -> !s.voxOnly).toList();
        if (placer == Stack.Placer.SIMULATED) {
            return common;
        }
        List<Scenario> all = new ArrayList<>(Arrays.stream(values()).filter(Scenario::voxOnly).toList());
        all.addAll(common);
        return all;
    }
}
