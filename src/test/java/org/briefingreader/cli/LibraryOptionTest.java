package org.briefingreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --library} is inherited: it may stand before or after the subcommand, and reaches the backend. */
class LibraryOptionTest {
    @ParameterizedTest
    @ValueSource(strings = {"--library /tmp/lib list", "list --library /tmp/lib", "show --library /tmp/lib x"})
    void libraryFlagReachesTheBackendWhereverItStands(String line) {
        List<Optional<Path>> asked = new ArrayList<>();
        Backend.Factory factory = flag -> {
            asked.add(flag);
            throw new java.io.IOException("stop here");
        };
        StringWriter err = new StringWriter();
        int code = Cli.run(factory, new PrintWriter(new StringWriter()), new PrintWriter(err), line.split(" "));
        assertThat(asked).containsExactly(Optional.of(Path.of("/tmp/lib")));
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("briefing: internal error: stop here (details in the log)"
                + System.lineSeparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"list --bogus", "show", "import", "import --max-size x a.txt", "show a --text --json"})
    void usageErrorsExitTwoWithOneLineAndAHint(String line) {
        StringWriter err = new StringWriter();
        int code = Cli.run(flag -> {
            throw new AssertionError("no backend needed for a usage error");
        }, new PrintWriter(new StringWriter()), new PrintWriter(err), line.split(" "));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(2);
        assertThat(err.toString()).startsWith("briefing: ").contains("--help");
    }
}
