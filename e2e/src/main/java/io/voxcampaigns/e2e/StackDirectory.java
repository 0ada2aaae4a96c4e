package io.voxcampaigns.e2e;

import java.nio.file.Path;

/**
 * Where a stack finds the services' jars ({@code repositoryRoot}) and keeps its state, logs, key and the simulated
 * placer's attempt log ({@code directory}).
 */
record StackDirectory(Path repositoryRoot, Path directory) {

    /** The runnable jar of a service module. */
    Path jar(String module) {
        return repositoryRoot.resolve(module).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    Path log(String name) {
        return directory.resolve("logs").resolve(name + ".log");
    }

    /** The public key the services verify API keys with. */
    Path publicKey() {
        return directory.resolve("keys").resolve("api-key-public.pem");
    }

    /** The private half: campaign-service signs the keys it issues (POST /v3/api-keys) with it. */
    Path privateKey() {
        return directory.resolve("keys").resolve("api-key-private.pem");
    }

    /** The simulated placer's durable record (vox.dispatcher.simulated.attempt-log). */
    Path attemptLog() {
        return directory.resolve("attempts.log");
    }
}
