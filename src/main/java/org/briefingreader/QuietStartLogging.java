package org.briefingreader;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * Logback's configuration from the first log call until {@link LoggingSetup} knows the library: nothing at all.
 * stdout is for results, and an error this early reaches the user as one line from the command line itself.
 *
 * <p>Found by Logback through {@code META-INF/services}, in place of parsing a {@code logback.xml} with Joran
 * (about 0.3 s of class loading at every start). A {@code logback-test.xml} on the class path, or the
 * {@code logback.configurationFile} property, still wins: then this steps aside.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class QuietStartLogging extends ContextAwareBase implements Configurator {
    /** For the {@link java.util.ServiceLoader}. */
    public QuietStartLogging() {
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || QuietStartLogging.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // Logback's status printer would write to stdout; an error here is not the user's to read.
        context.getStatusManager().add(new NopStatusListener());
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
