package org.briefingreader.domain;

import java.util.List;
import java.util.Objects;

/** A briefing read from a file, with the warnings met on the way (e.g. "not UTF-8, read as windows-1252"). */
public record ParsedBriefing(Briefing briefing, List<String> warnings) {
    public ParsedBriefing {
        Objects.requireNonNull(briefing, "briefing");
        warnings = List.copyOf(warnings);
    }
}
