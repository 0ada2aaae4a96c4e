package io.voxcampaigns.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The placer's record as the fault runs read it while the dispatcher is still appending to it. */
class AttemptLogTest {

    @TempDir
    Path dir;

    @Test
    void aLastLineStillBeingWrittenIsLeftForTheNextRead() throws IOException {
        Path file = dir.resolve("attempts.log");
        Files.writeString(file, "open 1\nstart a1 c1 t1 call1 10\nend a1 c1 t1 call1 20\nstart a2 c1",
                StandardCharsets.US_ASCII);

        assertThat(AttemptLog.read(file).starts("c1")).isEqualTo(1);

        Files.writeString(file, " t2 call2 30\n", StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        AttemptLog complete = AttemptLog.read(file);
        assertThat(complete.starts("c1")).isEqualTo(2);
        assertThat(complete.placedCallIds("c1")).containsExactlyInAnyOrder("call1", "call2");
        assertThat(complete.maxOverlap("c1")).isEqualTo(1);
    }

    @Test
    void aMalformedCompleteLineIsAnError() throws IOException {
        Path file = dir.resolve("attempts.log");
        Files.writeString(file, "open 1\nstart a1 c1\nstart a2 c1 t2 call2 30\n", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> AttemptLog.read(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("start a1 c1");
    }
}
