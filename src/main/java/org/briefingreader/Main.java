package org.briefingreader;

import org.briefingreader.cli.Cli;

/**
 * The composition root: {@code briefing [--library DIR] [FILE]} opens the reader window; {@code briefing
 * COMMAND ...} runs the command line.
 *
 * <p>Deliberately not a {@code javafx.application.Application}: a shaded jar whose main class extends it fails
 * on Java 17 with "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LoggingSetup.bridgeJavaUtilLogging();
        int code = Cli.run(DesktopBackend::open, args);
        System.exit(code);
    }
}
