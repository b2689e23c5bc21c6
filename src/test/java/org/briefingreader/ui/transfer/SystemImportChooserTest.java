package org.briefingreader.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;

/** The file chooser's filter comes from the importer's extensions, so a new format needs no change here. */
class SystemImportChooserTest {
    @Test
    void filterOffersEveryExtensionTheImporterReads() {
        FileChooser.ExtensionFilter filter = SystemImportChooser.briefingFilter(
                List.of(".txt", ".json", ".md", ".html")).orElseThrow();

        assertThat(filter.getExtensions()).containsExactly("*.txt", "*.json", "*.md", "*.html");
        assertThat(filter.getDescription()).isEqualTo("Briefings (*.txt, *.json, *.md, *.html)");
    }

    @Test
    void noKnownExtensionsMeansNoBriefingFilter() {
        assertThat(SystemImportChooser.briefingFilter(List.of())).isEmpty();
    }
}
