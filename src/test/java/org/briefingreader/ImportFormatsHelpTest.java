package org.briefingreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingreader.cli.Cli;
import org.junit.jupiter.api.Test;

/**
 * {@code briefing import --help} names the formats the registered importers read, whatever they are (compared with
 * the help's line wrapping undone: a longer list wraps).
 */
class ImportFormatsHelpTest {
    @Test
    void importHelpNamesEveryRegisteredExtension() {
        List<String> registered = DesktopBackend.formats(1024).extensions();
        String help = Cli.commandLine(DesktopBackend.factory()).getSubcommands().get("import").getUsageMessage()
                .replaceAll("\\s+", " ");

        assertThat(registered).contains(".txt", ".json");
        assertThat(help).contains("Import briefings (" + String.join(", ", registered) + ") from files");
        assertThat(DesktopBackend.importExtensions()).isEqualTo(registered);
    }
}
