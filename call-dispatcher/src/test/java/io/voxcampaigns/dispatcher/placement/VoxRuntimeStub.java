package io.voxcampaigns.dispatcher.placement;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test application with the vox placer, dialling through a WireMock voice runtime on a free local port, with
 * short timeouts so failures show in seconds. The profile and the test run in different class loaders, so the
 * server is started once per JVM (its port kept in a system property) and the test drives it through its admin API.
 */
public class VoxRuntimeStub implements QuarkusTestProfile {

    static final String WEBHOOK_SECRET = "test-webhook-secret";
    static final String RUNTIME_KEY = "runtime-api-key";
    private static final String PORT = "vox.test.runtime-stub.port";
    private static final String HOST = "127.0.0.1";

    /** The port of the stub runtime, started on first use; response templates are on for every stub. */
    static int port() {
        synchronized (System.getProperties()) {
            String port = System.getProperty(PORT);
            if (port == null) {
                WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress(HOST)
                        .globalTemplating(true));
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "runtime-stub-stop"));
                port = Integer.toString(server.port());
                System.setProperty(PORT, port);
            }
            return Integer.parseInt(port);
        }
    }

    /** A client of the stub's admin API: stubs and the request journal. */
    static WireMock client() {
        return new WireMock(HOST, port());
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("vox.dispatcher.call-placer", "vox"),
                Map.entry("vox.dispatcher.vox.base-url", "http://" + HOST + ":" + port()),
                Map.entry("vox.dispatcher.vox.api-key", RUNTIME_KEY),
                Map.entry("vox.dispatcher.vox.webhook-secret", WEBHOOK_SECRET),
                Map.entry("vox.dispatcher.vox.request-timeout", "1s"),
                Map.entry("vox.dispatcher.vox.retry-initial-backoff", "100ms"),
                Map.entry("vox.dispatcher.vox.retry-max-backoff", "400ms"),
                Map.entry("vox.dispatcher.vox.unavailable-pause-after", "3s"),
                Map.entry("vox.dispatcher.instance-timeout", "1s"),
                Map.entry("vox.dispatcher.call-deadline-margin", "1s"));
    }
}
