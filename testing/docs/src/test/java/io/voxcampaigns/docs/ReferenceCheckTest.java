package io.voxcampaigns.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the check reports and what it leaves alone, on a small repository of its own. */
class ReferenceCheckTest {

    @TempDir
    Path root;

    @BeforeEach
    void repository() throws IOException {
        write("mvnw", "");
        write("docs/api.md", "# API\n\n## Campaign status rules\n\n## Before you apply: two Secrets\n");
        write("svc/src/main/java/p/Thing.java", "package p;\n/** A thing. */\nclass Thing { record Inner() {} }\n");
        write("schemas/src/main/avro/CallEnded.avsc", "{\"type\": \"record\", \"name\": \"CallEnded\", \"fields\": "
                + "[{\"name\": \"callId\", \"type\": \"string\"}]}\n");
    }

    @Test
    void resolvingReferencesAreNotReported() throws IOException {
        write("README.md", """
                # Front
                See [the API](docs/api.md#campaign-status-rules), [here](#front) and `docs/api.md`.
                `svc/src/main/java/p/Thing.java`, `Thing`, `Inner`, `CallEnded`, `Thing.run()`, `application/json`.
                docs/api.md "Campaign status rules"; docs/api.md, "Before you apply". https://example.com/x/README2.md

                ```bash
                ./mvnw -pl svc verify  # `Missing` and `nowhere/file.java` inside a fence are commands
                ```
                """);
        write("svc/src/main/java/p/User.java", """
                package p;
                /** Rules: docs/api.md
                 * "Campaign status rules". */
                class User {
                    String s = "OVERVIEW.md"; // code, not a comment: docs/api.md
                }
                """);

        assertThat(new ReferenceCheck(new RepositoryFiles(root)).run()).isEmpty();
    }

    @Test
    void danglingReferencesAreReportedWithFileAndLine() throws IOException {
        write("README.md", """
                # Front
                The design is in OVERVIEW.md; see [dispatch](docs/dispatch.md) and [rules](docs/api.md#rules).
                `docs/gone.md` and `svc/src/main/java/p/Gone.java`; class `MissingType`.
                docs/api.md "Counters"
                """);
        write("svc/src/main/java/p/User.java", """
                package p;
                // The rules of HANDBOOK.md "Status rules" and protocol.md 4-7.
                class User {
                }
                """);

        assertThat(new ReferenceCheck(new RepositoryFiles(root)).run()).containsExactlyInAnyOrder(
                "README.md:2 -> OVERVIEW.md: no such file in the repository",
                "README.md:2 -> docs/dispatch.md: no such file in the repository",
                "README.md:2 -> link docs/dispatch.md: no file docs/dispatch.md",
                "README.md:2 -> link docs/api.md#rules: no heading with anchor #rules in docs/api.md",
                "README.md:3 -> docs/gone.md: no such file in the repository",
                "README.md:3 -> path `docs/gone.md`: no such file or folder",
                "README.md:3 -> path `svc/src/main/java/p/Gone.java`: no such file or folder",
                "README.md:3 -> `MissingType`: no Java type or Avro schema named MissingType",
                "README.md:4 -> docs/api.md \"Counters\": no such heading in docs/api.md",
                "svc/src/main/java/p/User.java:2 -> HANDBOOK.md: no such file in the repository",
                "svc/src/main/java/p/User.java:2 -> protocol.md: no such file in the repository");
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
