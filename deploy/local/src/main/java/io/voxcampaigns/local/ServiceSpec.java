package io.voxcampaigns.local;

import java.util.List;
import java.util.Map;

/** One service of the local stack: its module, HTTP port, database and extra environment. */
public record ServiceSpec(String name, int port, String database, Map<String, String> extraEnvironment) {

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("agent-service", 8081, "agents", Map.of()),
            new ServiceSpec("campaign-service", 8082, "campaigns",
                    Map.of("QUARKUS_REST_CLIENT_AGENT_SERVICE_URL", "http://localhost:8081")),
            new ServiceSpec("call-dispatcher", 8083, "dispatcher",
                    Map.of("VOX_DISPATCHER_CALL_PLACER", "simulated")));

    public String url() {
        return "http://localhost:" + port;
    }
}
