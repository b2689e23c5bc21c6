package org.briefingreader.domain;

import java.nio.file.Path;

/** Port: turns one file (text, JSON, ...) into a briefing, or says in one line why it cannot. */
public interface BriefingParser {
    /** True when this parser knows the file's format, judged by its name. */
    boolean accepts(Path file);

    ParsedBriefing parse(Path file) throws BriefingInputException;
}
