package io.voxcampaigns.dispatcher.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptLogFileTest {

    @TempDir
    Path directory;

    @Test
    void linesAreInTheFileBeforeItIsClosed() throws Exception {
        Path path = directory.resolve("sub").resolve("attempts.log");
        PlacedCall call = call();
        AttemptLogFile log = AttemptLogFile.open(path, Instant.now());
        log.started(call, Instant.ofEpochMilli(1000));
        log.ended(call, Instant.ofEpochMilli(2500));

        // read while still open: nothing may wait in a JVM buffer (a kill -9 would lose it)
        List<String> lines = Files.readAllLines(path, StandardCharsets.US_ASCII);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("open [0-9]{13}");
        assertThat(lines.subList(1, 3)).containsExactly(
                "start " + call.attemptId() + " " + call.campaignId() + " " + call.taskId() + " " + call.callId() + " 1000",
                "end " + call.attemptId() + " " + call.campaignId() + " " + call.taskId() + " " + call.callId() + " 2500");
        log.close();
    }

    @Test
    void reopeningAppends() throws Exception {
        Path path = directory.resolve("attempts.log");
        try (AttemptLogFile first = AttemptLogFile.open(path, Instant.now())) {
            first.started(call(), Instant.now());
        }
        try (AttemptLogFile second = AttemptLogFile.open(path, Instant.now())) {
            second.started(call(), Instant.now());
        }
        assertThat(Files.readAllLines(path)).hasSize(4)
                .satisfies(lines -> assertThat(lines.get(0)).startsWith("open "))
                .satisfies(lines -> assertThat(lines.get(1)).startsWith("start "))
                .satisfies(lines -> assertThat(lines.get(2)).startsWith("open "))
                .satisfies(lines -> assertThat(lines.get(3)).startsWith("start "));
    }

    @Test
    void concurrentAppendsKeepWholeLines() throws Exception {
        Path path = directory.resolve("attempts.log");
        List<PlacedCall> calls = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            calls.add(call());
        }
        try (AttemptLogFile log = AttemptLogFile.open(path, Instant.now())) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            calls.forEach(call -> pool.submit(() -> log.started(call, Instant.now())));
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        List<String> lines = Files.readAllLines(path);
        lines = lines.subList(1, lines.size());
        assertThat(lines).hasSize(2000)
                .allMatch(line -> line.matches("start( [0-9a-f-]{36}){4} [0-9]+"));
        assertThat(lines.stream().map(line -> line.split(" ")[1]).distinct()).hasSize(2000);
    }

    private static PlacedCall call() {
        return new PlacedCall(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "org",
                "01012345678", "0260001000", null, UUID.randomUUID(), "v1", "{}", null, null, null, 1);
    }
}
