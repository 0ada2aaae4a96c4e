package io.voxcampaigns.local;

import java.nio.file.Path;

/** Where the local stack keeps its state between runs: everything under {@code <root>/.local-stack/}. */
record StackLayout(Path root) {

    Path state() {
        return root.resolve(".local-stack");
    }

    Path postgresData() {
        return state().resolve("postgres");
    }

    Path kafkaLogs() {
        return state().resolve("kafka");
    }

    Path privateKey() {
        return state().resolve("keys").resolve("api-key-private.pem");
    }

    Path publicKey() {
        return state().resolve("keys").resolve("api-key-public.pem");
    }

    Path logs() {
        return state().resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    Path demoApiKey() {
        return state().resolve("demo-api-key");
    }

    Path lockFile() {
        return state().resolve("stack.lock");
    }

    /** Child pids of the last run, so a run after a hard kill can stop the services it orphaned. */
    Path servicePids() {
        return state().resolve("services.pid");
    }

    Path serviceJar(String service) {
        return root.resolve(service).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    /** The path as shown on the console: relative to the checkout. */
    String relative(Path path) {
        return root.relativize(path.toAbsolutePath()).toString();
    }
}
