package org.briefingreader.ingest.json;

import java.nio.file.Path;
import java.util.Objects;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.BriefingParser;
import org.briefingreader.domain.ParsedBriefing;
import org.briefingreader.ingest.BriefingFormats;
import org.briefingreader.ingest.SourceLoader;
import org.briefingreader.ingest.SourceText;
import org.briefingreader.json.BriefingJson;

/**
 * Reads a briefing saved as JSON: one exported from a library, or written by hand (docs/briefing-format.md).
 *
 * <p>{@code notes.json} holding
 * <pre>{@code
 * {"schemaVersion": 1, "title": "Japan Wants Closer Relations With Russia",
 *  "published": "2018-05-25T08:30:00Z[GMT]",
 *  "sections": [{"id": "outlook", "heading": "How It Will Play Out", "kind": "outlook",
 *                "paragraphs": [{"id": "outlook.p1", "text": "Slowly, if at all."}]}]}
 * }</pre>
 * gives a briefing with id {@code japan-wants-closer-relations-with-russia-2018-05-25}, original file name
 * {@code notes.json} and the file's hash, and one section of kind {@code OUTLOOK}. A mistake gives one line,
 * e.g. {@code notes.json:3:76: sections[0].kind: unknown kind 'foo' (known: context, ...)}.
 */
public final class JsonBriefingParser implements BriefingParser {
    private static final String EXTENSION = ".json";

    private final SourceLoader loader;

    public JsonBriefingParser() {
        this(new SourceLoader());
    }

    /** @param loader reads the bytes: size limit, empty and binary files, UTF-8 with windows-1252 fallback */
    public JsonBriefingParser(SourceLoader loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public boolean accepts(Path file) {
        return EXTENSION.equals(BriefingFormats.extension(file));
    }

    @Override
    public ParsedBriefing parse(Path file) throws BriefingInputException {
        SourceText source = loader.load(file);
        // The hash is of the file's bytes as SourceLoader read them, like every other importer's.
        Briefing briefing = BriefingJson.read(source.text(), file, source.contentHash());
        return new ParsedBriefing(briefing, source.warnings());
    }
}
