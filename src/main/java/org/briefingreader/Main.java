package org.briefingreader;

import org.briefingreader.cli.Cli;
import org.briefingreader.cli.WindowArguments;
import org.briefingreader.ui.shell.EarlyToolkit;

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
        // First, so JavaFX's early java.util.logging records go to SLF4J (off until the library is known).
        LoggingSetup.bridgeJavaUtilLogging();
        if (WindowArguments.opensWindow(args)) {
            // The toolkit starts while picocli parses and the library opens (docs/performance.md, start-up).
            EarlyToolkit.begin();
            DesktopBackend.warmUpReading();
        }
        int code = Cli.run(DesktopBackend.factory(), args);
        System.exit(code);
    }
}
