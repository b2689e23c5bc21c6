package org.briefingreader;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Points logging at the library's log folder once the command line has said which library that is.
 *
 * <p>Until then {@link QuietStartLogging} keeps logging off. From here on: everything from INFO (DEBUG for our own
 * code) to {@code <logs>/briefing-reader.log}, rolled at 5 MB into three old files, and to stderr only what the
 * console level lets through, as one line without a stack trace. java.util.logging (used by JavaFX) is bridged to
 * SLF4J. Configured in code rather than XML: Joran's parser cost about 0.3 s of every start (docs/performance.md).
 */
final class LoggingSetup {
    static final String LOG_FILE = "briefing-reader.log";

    private static final String FILE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";
    private static final String CONSOLE_PATTERN = "briefing: %msg%n%nopex";

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
        context.reset();
        // Only this configuration's problems count below.
        context.getStatusManager().clear();

        // JUL levels follow ours, so JavaFX does not build records that would only be dropped.
        LevelChangePropagator julLevels = new LevelChangePropagator();
        julLevels.setContext(context);
        julLevels.setResetJUL(true);
        context.addListener(julLevels);
        julLevels.start();

        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        context.getLogger("org.briefingreader").setLevel(Level.DEBUG);
        root.addAppender(fileAppender(context, logsDir));
        root.addAppender(consoleAppender(context, consoleLevel));

        // Logback's own status printer writes to stdout, which is for results: report problems ourselves.
        for (Status status : context.getStatusManager().getCopyOfStatusList()) {
            if (status.getLevel() == Status.ERROR) {
                throw new IOException("cannot log to " + logsDir + ": " + status.getMessage());
            }
        }
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path logsDir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logsDir.resolve(LOG_FILE).toAbsolutePath().toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logsDir.resolve("briefing-reader.%i.log").toAbsolutePath().toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();

        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder(context, FILE_PATTERN));
        file.start();
        return file;
    }

    private static ConsoleAppender<ILoggingEvent> consoleAppender(LoggerContext context, String consoleLevel) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setContext(context);
        threshold.setLevel(consoleLevel);
        threshold.start();
        console.addFilter(threshold);
        console.setEncoder(encoder(context, CONSOLE_PATTERN));
        console.start();
        return console;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
