package org.briefingreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.briefingreader.app.ReaderLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A {@code briefing-reader://} link as the window command's argument. */
class ReaderLinkArgumentTest {
    private final StringWriter err = new StringWriter();

    private int run(Backend.Factory factory, String... args) {
        return Cli.run(factory, new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"briefing-reader://open", "briefing-reader://open?briefing=a&page=2",
            "briefing-reader://elsewhere?briefing=a", "briefing-reader://open?briefing=a&annotation=nope"})
    void aBadLinkIsAUsageErrorOfOneLineNamingIt(String link) {
        int code = run(flag -> {
            throw new AssertionError("no library is opened for a bad link");
        }, link, "--library", "/tmp/lib");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("briefing: not a reader link: '" + link + "': ");
    }

    @Test
    void aGoodLinkOpensTheWindowAtItsPlaceInTheLibraryGiven() {
        UUID note = UUID.randomUUID();
        List<Object> opened = new ArrayList<>();
        List<Optional<Path>> libraries = new ArrayList<>();
        Backend.Factory factory = flag -> {
            libraries.add(flag);
            return (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("openWindow")) {
                            opened.add(args[0]);
                        } else if (!method.getName().equals("close")) {
                            throw new AssertionError("not expected: " + method.getName());
                        }
                        return null;
                    });
        };

        int code = run(factory, "--library", "/tmp/lib", "briefing-reader://open?briefing=arctic-lanes&annotation="
                + note);

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(libraries).containsExactly(Optional.of(Path.of("/tmp/lib")));
        assertThat(opened).containsExactly(new ReaderLink("arctic-lanes", Optional.of(note)));
    }
}
