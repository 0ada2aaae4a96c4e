package io.voxcampaigns.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The root README stays a front door: short, with the two commands and the fast loop; details live in docs/. */
class FrontDoorTest {

    private static final long MAX_BYTES = 10_000;

    private final Path readme = RepositoryFiles.containingWorkingDirectory().root().resolve("README.md");

    @Test
    void readmeIsAtMostTenKilobytes() throws IOException {
        assertThat(Files.size(readme)).as("README.md in bytes; move details to docs/ or a module README")
                .isLessThanOrEqualTo(MAX_BYTES);
    }

    @Test
    void readmeGivesTheCommandsAndLinksTheDocs() {
        assertThat(RepositoryFiles.read(readme)).contains("./local-stack\n", "./mvnw -B verify\n",
                "./mvnw -B -T 2 -Pfast verify\n", "`.ci/run`", "## Where each rule lives", "docs/architecture.md",
                "docs/api.md", "docs/dispatch.md", "docs/events.md", "docs/operations.md");
    }
}
