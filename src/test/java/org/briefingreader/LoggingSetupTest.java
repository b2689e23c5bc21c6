package org.briefingreader;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Once the library is known, SLF4J and java.util.logging (JavaFX's) both end up in the library's log file. */
class LoggingSetupTest {
    @TempDir
    Path logs;

    @AfterEach
    void restoreTestLogging() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void slf4jAndJavaUtilLoggingReachTheLibrarysLogFile() throws Exception {
        LoggingSetup.configure(logs, "OFF");
        LoggingSetup.bridgeJavaUtilLogging();

        LoggerFactory.getLogger("org.briefingreader.test").info("from slf4j ✓");
        java.util.logging.Logger.getLogger("javafx.test").warning("from java.util.logging");

        String log = Files.readString(logs.resolve(LoggingSetup.LOG_FILE), StandardCharsets.UTF_8);
        assertThat(log).contains("INFO  [main] org.briefingreader.test - from slf4j ✓")
                .contains("WARN  [main] javafx.test - from java.util.logging");
    }
}
