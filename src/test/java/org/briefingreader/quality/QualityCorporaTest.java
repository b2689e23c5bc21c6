package org.briefingreader.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityCorporaTest {
    @TempDir
    Path root;

    @Test
    void missingCorporaAreSkippedWithALineEach() throws IOException {
        List<String> skipped = new ArrayList<>();

        assertThat(QualityCorpora.under(root, skipped::add)).isEmpty();
        assertThat(skipped).hasSize(4).allMatch(s -> s.startsWith("corpus ") && s.contains(" skipped: "));
    }

    @Test
    void presentCorporaListTheirDocumentsInOrder() throws IOException {
        Path pages = Files.createDirectories(root.resolve("readability-dev/test-pages"));
        for (String name : List.of("b-page", "a-page")) {
            Path page = Files.createDirectories(pages.resolve(name));
            Files.writeString(page.resolve("source.html"), "<p>x</p>", StandardCharsets.UTF_8);
            Files.writeString(page.resolve("expected.html"), "<p>x</p>", StandardCharsets.UTF_8);
        }
        Path crs = Files.createDirectories(root.resolve("crs-dev/in-focus"));
        Files.writeString(crs.resolve("IF1.md"), "# T\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("crs-dev/SOURCE.txt"), "not a clip", StandardCharsets.UTF_8);
        List<String> skipped = new ArrayList<>();

        List<QualityCorpus> found = QualityCorpora.under(root, skipped::add);

        assertThat(found).extracting(QualityCorpus::name).containsExactly("readability-dev", "crs-dev");
        QualityCorpus readability = found.get(0);
        assertThat(readability.files()).extracting(readability::shownName)
                .containsExactly("a-page/source.html", "b-page/source.html");
        assertThat(found.get(1).files()).extracting(found.get(1)::shownName).containsExactly("in-focus/IF1.md");
        assertThat(skipped).hasSize(2);
    }
}
