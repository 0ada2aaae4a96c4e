package io.voxcampaigns.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every link, path, cited heading and class name in the repository's docs and comments resolves inside it. */
class DanglingReferencesTest {

    @Test
    void everyReferenceResolvesInsideTheRepository() {
        RepositoryFiles repository = RepositoryFiles.containingWorkingDirectory();
        assertThat(repository.withSuffix(".md")).as("Markdown files found").hasSizeGreaterThan(5);

        List<String> dangling = new ReferenceCheck(repository).run();

        assertThat(dangling).withFailMessage("%d dangling references (file:line -> missing target):%n  %s",
                dangling.size(), String.join(System.lineSeparator() + "  ", dangling)).isEmpty();
    }
}
