package org.briefingreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The early guess at "this run opens the window" must never say yes to a command-line run. */
class WindowArgumentsTest {
    @Test
    void knowsEverySubcommandOfTheCommandLine() {
        assertThat(WindowArguments.COMMANDS).containsExactlyInAnyOrderElementsOf(
                Cli.commandLine(flag -> {
                    throw new AssertionError("no backend is opened to list the commands");
                }).getSubcommands().keySet());
    }

    @Test
    void theWindowsOwnArgumentsOpenIt() {
        assertThat(WindowArguments.opensWindow()).isTrue();
        assertThat(WindowArguments.opensWindow("--library", "/tmp/lib")).isTrue();
        assertThat(WindowArguments.opensWindow("--library=/tmp/lib", "notes.txt")).isTrue();
        assertThat(WindowArguments.opensWindow("notes.txt", "--library", "lib")).isTrue();
        assertThat(WindowArguments.opensWindow("briefing-reader://open?briefing=a-b")).isTrue();
    }

    @Test
    void commandsHelpOptionsAndOddLinesDoNot() {
        assertThat(WindowArguments.opensWindow("list")).isFalse();
        assertThat(WindowArguments.opensWindow("--library", "lib", "search", "oil")).isFalse();
        assertThat(WindowArguments.opensWindow("import-notes", "x.jsonld")).isFalse();
        assertThat(WindowArguments.opensWindow("--help")).isFalse();
        assertThat(WindowArguments.opensWindow("-V")).isFalse();
        assertThat(WindowArguments.opensWindow("--bogus")).isFalse();
        assertThat(WindowArguments.opensWindow("--library")).isFalse();
        assertThat(WindowArguments.opensWindow("--library", "list")).isFalse();
        assertThat(WindowArguments.opensWindow("a.txt", "b.txt")).isFalse();
        assertThat(WindowArguments.opensWindow("@args.txt")).isFalse();
        assertThat(WindowArguments.opensWindow("")).isFalse();
    }
}
