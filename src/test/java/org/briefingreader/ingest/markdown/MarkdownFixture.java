package org.briefingreader.ingest.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.ParsedBriefing;
import org.briefingreader.domain.Section;

/** Writes inline Markdown to a real file and imports it. */
final class MarkdownFixture {
    private final Path dir;

    MarkdownFixture(Path dir) {
        this.dir = dir;
    }

    ParsedBriefing parse(String name, String markdown) throws IOException, BriefingInputException {
        Path file = dir.resolve(name);
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        return new MarkdownBriefingParser().parse(file);
    }

    Briefing briefing(String markdown) throws IOException, BriefingInputException {
        return parse("note.md", markdown).briefing();
    }

    static List<String> headings(Briefing briefing) {
        return briefing.sections().stream().map(Section::heading).toList();
    }

    static List<String> texts(Briefing briefing) {
        return briefing.allUnits().stream().map(p -> p.text()).toList();
    }
}
