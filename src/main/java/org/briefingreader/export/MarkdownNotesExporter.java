package org.briefingreader.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.BriefingNotes;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.briefingreader.domain.annotation.NotesExporter;

/**
 * Writes notes as CommonMark with YAML front matter, for Obsidian, GitHub and any Markdown reader.
 *
 * <p>Front matter (title, source, published, exported, tags), then per briefing {@code # title}, a line of what it
 * is, and per section path {@code ## heading} (orphans last under {@code ## Orphans}); per annotation the passage as
 * a block quote, shown literally ({@link MarkdownText}), the note as the user's own Markdown ({@link MarkdownNote}),
 * and a line {@code Tags: #a #b · Category: evidence · [Open in Briefing Reader](briefing-reader://...)}. Every piece
 * is separated by a blank line, so none can run into the next. Line ends are {@code \n}. See docs/export.md.
 */
public final class MarkdownNotesExporter implements NotesExporter {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final int CHUNK = 64 * 1024;

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(ExportedNotes notes, OutputStream out) throws IOException {
        StringBuilder md = new StringBuilder(CHUNK + CHUNK / 2);
        frontMatter(notes, md);
        for (BriefingNotes briefing : notes.briefings()) {
            md.append('\n');
            briefing(briefing, md);
            if (md.length() > CHUNK) {
                flush(md, out);
            }
        }
        flush(md, out);
        out.flush();
    }

    /** Encodes in chunks: String.getBytes is several times faster than a Writer on text with non-ASCII in it. */
    private static void flush(StringBuilder md, OutputStream out) throws IOException {
        out.write(md.toString().getBytes(StandardCharsets.UTF_8));
        md.setLength(0);
    }

    /** {@code ---}, one {@code key: "value"} line each (lists as {@code - "item"} lines), {@code ---}. */
    static void frontMatter(ExportedNotes notes, StringBuilder md) {
        md.append("---\n");
        scalar(md, "title", ExportValues.documentTitle(notes));
        if (ExportValues.isSingleBriefing(notes)) {
            notes.briefings().get(0).briefing().ifPresent(b -> {
                b.source().ifPresent(s -> scalar(md, "source", s));
                b.byline().ifPresent(s -> scalar(md, "author", s));
                b.published().ifPresent(p -> scalar(md, "published", ExportValues.isoDateTime(p)));
            });
        } else {
            // a key of its own: Obsidian gives each property one type across the vault, text or list
            list(md, "sources", ExportValues.sources(notes));
        }
        scalar(md, "exported", ExportValues.iso(notes.exported()));
        // spelt as the #tags in the body, so Obsidian sees one tag in both places
        list(md, "tags", Annotation.cleanTags(ExportValues.allTags(notes).stream().map(MarkdownNotesExporter::tagName)
                .toList()));
        md.append("---\n");
    }

    private static void scalar(StringBuilder md, String key, String value) {
        md.append(key).append(": ").append(YamlScalar.doubleQuoted(value)).append('\n');
    }

    private static void list(StringBuilder md, String key, List<String> values) {
        md.append(key).append(':').append(values.isEmpty() ? " []\n" : "\n");
        for (String value : values) {
            md.append("  - ").append(YamlScalar.doubleQuoted(value)).append('\n');
        }
    }

    private static void briefing(BriefingNotes notes, StringBuilder md) {
        md.append("# ").append(MarkdownText.inline(notes.title())).append("\n\n");
        md.append(MarkdownText.inline(ExportValues.briefingLine(notes))).append('\n');
        for (SectionGroup group : SectionGroup.of(notes)) {
            md.append("\n## ").append(MarkdownText.inline(group.heading())).append('\n');
            for (Annotation annotation : group.annotations()) {
                md.append('\n');
                annotation(annotation, md);
            }
        }
    }

    static void annotation(Annotation annotation, StringBuilder md) {
        md.append(MarkdownText.blockQuote(annotation.target().quote().exact()));
        annotation.note().ifPresent(note -> md.append('\n').append(MarkdownNote.contain(note)).append('\n'));
        md.append('\n').append(footer(annotation)).append('\n');
    }

    /** {@code Tags: #a #b · Category: evidence · [Open in Briefing Reader](link)}, the parts it has. */
    static String footer(Annotation annotation) {
        List<String> parts = new ArrayList<>(3);
        if (!annotation.tags().isEmpty()) {
            List<String> tags = new ArrayList<>();
            for (String tag : annotation.tags()) {
                tags.add("#" + MarkdownText.inline(tagName(tag)));
            }
            parts.add("Tags: " + String.join(" ", tags));
        }
        annotation.category().ifPresent(c -> parts.add("Category: " + MarkdownText.inline(c)));
        parts.add("[Open in Briefing Reader](" + ExportedNotes.link(annotation) + ")");
        return String.join(" · ", parts);
    }

    /** A tag as {@code #tag} can hold it, without spaces (a tag ends at one): {@code key issue} -> {@code key-issue}. */
    static String tagName(String tag) {
        return WHITE_SPACE.matcher(tag.strip()).replaceAll("-");
    }
}
