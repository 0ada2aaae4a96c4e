package io.voxcampaigns.dispatcher.placement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.voxcampaigns.voiceruntime.Behaviour;
import io.voxcampaigns.voiceruntime.Timing;
import io.voxcampaigns.voiceruntime.VoiceRuntimeStub;

/**
 * The test application with the vox placer dialling through the stub voice runtime of testing/voice-runtime (a real
 * HTTP server that rings, connects or fails each call by its script and POSTs signed webhooks back): calls ring
 * 50-150 ms and talk 100-200 ms. The application listens on a port fixed here so the stub knows where to deliver.
 * The profile and the test run in different class loaders, so the stub is started once per JVM (its URL kept in a
 * system property) and the test drives it through its admin API ({@code /_stub/behaviour}, {@code /_stub/record}).
 */
public class ScriptedRuntime implements QuarkusTestProfile {

    static final String WEBHOOK_SECRET = "scripted-runtime-secret";
    private static final String URL = "vox.test.scripted-runtime.url";
    private static final String APP_PORT = "vox.test.scripted-runtime.app-port";

    /** The stub's base URL, started on first use. */
    static URI url() {
        synchronized (System.getProperties()) {
            if (System.getProperty(URL) == null) {
                int appPort = freePort();
                VoiceRuntimeStub stub = VoiceRuntimeStub.builder()
                        .webhookUrl(URI.create("http://127.0.0.1:" + appPort + "/webhooks/voice"))
                        .webhookSecret(WEBHOOK_SECRET)
                        .behaviour(Behaviour.defaults().withTiming(Timing.ofMillis(50, 150, 100, 200))).start();
                Runtime.getRuntime().addShutdownHook(new Thread(stub::close, "scripted-runtime-stop"));
                System.setProperty(URL, stub.baseUrl().toString());
                System.setProperty(APP_PORT, Integer.toString(appPort));
            }
            return URI.create(System.getProperty(URL));
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        String base = url().toString();
        return Map.ofEntries(
                Map.entry("quarkus.http.test-port", System.getProperty(APP_PORT)),
                Map.entry("vox.dispatcher.call-placer", "vox"),
                Map.entry("vox.dispatcher.vox.base-url", base.endsWith("/") ? base.substring(0, base.length() - 1)
                        : base),
                Map.entry("vox.dispatcher.vox.api-key", "scripted-runtime-key"),
                Map.entry("vox.dispatcher.vox.webhook-secret", WEBHOOK_SECRET),
                Map.entry("vox.dispatcher.sweep-interval", "1s"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
