package org.briefingreader;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Points logging at the library's log folder once the command line has said which library that is.
 *
 * <p>Logback starts with {@code logback.xml} (errors to stderr only); this swaps in
 * {@code logback-library.xml}: everything from INFO to {@code <logs>/briefing-reader.log}, and to stderr only
 * what the console level lets through, as one line without a stack trace. java.util.logging (used by JavaFX)
 * is bridged to SLF4J.
 */
final class LoggingSetup {
    static final String LOG_FILE = "briefing-reader.log";

    private LoggingSetup() {
    }

    /** Installs the java.util.logging bridge; cheap and idempotent, so done first thing in main. */
    static void bridgeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    /**
     * Logs to {@code logsDir} from now on.
     *
     * @param consoleLevel the least level shown on stderr: "ERROR" for the window, "OFF" for commands, which
     *                     print their own one-line errors
     */
    static void configure(Path logsDir, String consoleLevel) throws IOException {
        Files.createDirectories(logsDir);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        context.reset();
        context.putProperty("LOG_DIR", logsDir.toAbsolutePath().toString());
        context.putProperty("CONSOLE_LEVEL", consoleLevel);
        try (InputStream config = LoggingSetup.class.getResourceAsStream("logback-library.xml")) {
            if (config == null) {
                throw new IOException("logging configuration missing from the application");
            }
            configurator.doConfigure(config);
        } catch (JoranException e) {
            throw new IOException("cannot configure logging in " + logsDir + ": " + e.getMessage(), e);
        }
        // Logback's own status printer writes to stdout, which is for results: report problems ourselves.
        for (Status status : context.getStatusManager().getCopyOfStatusList()) {
            if (status.getLevel() == Status.ERROR) {
                throw new IOException("cannot log to " + logsDir + ": " + status.getMessage());
            }
        }
    }
}
