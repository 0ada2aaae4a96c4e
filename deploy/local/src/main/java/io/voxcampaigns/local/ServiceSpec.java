package io.voxcampaigns.local;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One service of the local stack: its module, HTTP port, database and extra environment. The extra environment is a
 * set of defaults: a variable the caller set in its own environment wins (e.g. {@code VOX_DISPATCHER_CALL_PLACER=vox}
 * with the {@code VOX_DISPATCHER_VOX_*} settings, which the service inherits).
 */
public record ServiceSpec(String name, int port, String database, Map<String, String> extraEnvironment) {

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("agent-service", 8081, "agents", Map.of()),
            new ServiceSpec("campaign-service", 8082, "campaigns",
                    Map.of("QUARKUS_REST_CLIENT_AGENT_SERVICE_URL", "http://localhost:8081")),
            new ServiceSpec("call-dispatcher", 8083, "dispatcher",
                    Map.of("VOX_DISPATCHER_CALL_PLACER", "simulated")));

    /** The extra environment, each variable the caller set itself ({@code callerEnvironment}) taking its place. */
    public Map<String, String> extraEnvironment(Map<String, String> callerEnvironment) {
        Map<String, String> env = new TreeMap<>(extraEnvironment);
        env.replaceAll((name, value) -> callerEnvironment.getOrDefault(name, value));
        return env;
    }

    public String url() {
        return "http://localhost:" + port;
    }
}
