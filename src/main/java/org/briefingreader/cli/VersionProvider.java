package org.briefingreader.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development build" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = BriefingCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Briefing Reader " + (version == null ? "(development build)" : version),
                "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")};
    }
}
