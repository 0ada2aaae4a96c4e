package io.voxcampaigns.voiceruntime;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs the stub on its own until Ctrl-C. Options: {@code --port N} (default 8090), {@code --webhook-url URL}
 * (repeatable), {@code --webhook-secret S}, {@code --api-key K}, {@code --webhook-retry-s N}, {@code --ring-ms MIN-MAX},
 * {@code --talk-ms MIN-MAX}, {@code --weights label=w,...} (replacing the default mix), {@code --seed N} and
 * {@code --behaviour JSON} (a change as {@code POST /_stub/behaviour} takes).
 */
public final class StubMain {

    private StubMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        VoiceRuntimeStub.Builder builder = VoiceRuntimeStub.builder().port(8090);
        ObjectNode patch = JsonHandler.JSON.createObjectNode();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(Integer.parseInt(value));
                case "--webhook-url" -> builder.webhookUrl(URI.create(value));
                case "--webhook-secret" -> builder.webhookSecret(value);
                case "--api-key" -> builder.apiKey(value);
                case "--webhook-retry-s" -> builder.webhookRetryFor(Duration.ofSeconds(Long.parseLong(value)));
                case "--ring-ms" -> range(patch, "ring_ms", value);
                case "--talk-ms" -> range(patch, "talk_ms", value);
                case "--weights" -> weights(patch, value);
                case "--seed" -> patch.put("seed", Long.parseLong(value));
                case "--behaviour" -> patch.setAll((ObjectNode) JsonHandler.JSON.readTree(value));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        VoiceRuntimeStub stub = builder.behaviour(BehaviourJson.change(Behaviour.defaults(), patch)).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stub.close();
            stopped.countDown();
        }, "voice-runtime-stop"));
        System.out.println("voice runtime stub at " + stub.baseUrl() + " (POST /v3/calls, admin API "
                + stub.baseUrl() + AdminHandler.PATH + "/behaviour, record " + stub.baseUrl() + AdminHandler.PATH
                + "/record)");
        stopped.await();
    }

    /** {@code 20-200} -> {@code {"min": 20, "max": 200}} */
    private static void range(ObjectNode patch, String name, String value) {
        String[] bounds = value.split("-", 2);
        long min = Long.parseLong(bounds[0].trim());
        long max = bounds.length == 2 ? Long.parseLong(bounds[1].trim()) : min;
        patch.putObject(name).put("min", min).put("max", max);
    }

    /** {@code user_hangup=60,busy=40}: exactly this mix (every other outcome weighs 0). */
    private static void weights(ObjectNode patch, String value) {
        ObjectNode weights = patch.putObject("outcome_weights");
        for (String pair : value.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("--weights takes label=weight,..., got " + pair);
            }
            weights.put(Outcome.of(parts[0].trim()).label(), Integer.parseInt(parts[1].trim()));
        }
    }
}
