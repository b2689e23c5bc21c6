package org.briefingreader.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.BriefingNotes;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.briefingreader.domain.annotation.NotesExporter;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;

/**
 * Writes notes as one self-contained, printable HTML page: inline style sheet, no script, no external resource.
 *
 * <p>Per briefing an {@code <article>} with its title as {@code <h1>}, per section path a {@code <section>} with an
 * {@code <h2>} (orphans last), per annotation the passage as a {@code <blockquote>}, the note as plain text (line
 * breaks kept by {@code white-space: pre-wrap}; its Markdown is not rendered: no renderer ships with the product),
 * tags, the category with a swatch of its colour, and a link back into the reader. The page is built as a jsoup
 * tree, so every piece of content is a text node or an attribute value that jsoup escapes on output: a briefing
 * holding {@code <script>} shows the characters, it never runs. See docs/export.md.
 */
public final class HtmlNotesExporter implements NotesExporter {
    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(ExportedNotes notes, OutputStream out) throws IOException {
        Document doc = page(notes);
        // jsoup appends piece by piece: a buffer spares the encoder a call per piece
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.append("<!DOCTYPE html>\n");
        doc.html(writer);
        writer.append('\n').flush();
    }

    static Document page(ExportedNotes notes) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base);
        Element html = doc.selectFirst("html");
        html.attr("lang", "en");
        html.prependText("\n");
        Element head = doc.head();
        line(head);
        head.appendElement("meta").attr("charset", "utf-8");
        line(head);
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        line(head);
        head.appendElement("meta").attr("name", "generator").attr("content", "Briefing Reader");
        line(head);
        head.appendElement("title").text(ExportValues.documentTitle(notes));
        line(head);
        head.appendElement("style").appendChild(new DataNode("\n" + HtmlStyle.CSS));
        line(head);
        Element body = doc.body();
        body.before(new TextNode("\n"));
        line(body);
        Element header = body.appendElement("header").addClass("export");
        header.appendText("Briefing Reader · ");
        if (!ExportValues.isSingleBriefing(notes)) {
            header.appendElement("span").addClass("scope").text(ExportValues.documentTitle(notes));
            header.appendText(" · ");
        }
        header.appendText(notes.size() + (notes.size() == 1 ? " note" : " notes") + " · exported ");
        String exported = ExportValues.iso(notes.exported());
        header.appendElement("time").attr("datetime", exported).text(exported);
        line(body);
        for (BriefingNotes briefing : notes.briefings()) {
            article(briefing, notes, body.appendElement("article"));
            line(body);
        }
        return doc;
    }

    private static void article(BriefingNotes briefing, ExportedNotes notes, Element article) {
        article.attr("id", "briefing-" + briefing.briefingId());
        line(article);
        article.appendElement("h1").text(briefing.title());
        line(article);
        article.appendElement("p").addClass("briefing-meta").text(ExportValues.briefingLine(briefing));
        for (SectionGroup group : SectionGroup.of(briefing)) {
            line(article);
            Element section = article.appendElement("section");
            if (group.orphans()) {
                section.addClass("orphans");
            }
            line(section);
            section.appendElement("h2").text(group.heading());
            for (Annotation annotation : group.annotations()) {
                line(section);
                annotation(annotation, notes, section.appendElement("div"));
            }
            line(section);
        }
        line(article);
    }

    private static void annotation(Annotation annotation, ExportedNotes notes, Element div) {
        div.addClass("annotation").attr("id", "annotation-" + annotation.id());
        Optional<String> colour = annotation.category().flatMap(c -> ExportValues.colour(c, notes.categories()));
        line(div);
        Element quote = div.appendElement("blockquote").text(annotation.target().quote().exact());
        // Category colours are validated #rrggbb, so this style holds nothing from the content
        colour.ifPresent(c -> quote.attr("style", "border-left-color: " + c));
        annotation.note().ifPresent(note -> {
            line(div);
            div.appendElement("div").addClass("note").text(note);
        });
        line(div);
        Element meta = div.appendElement("p").addClass("annotation-meta");
        if (!annotation.tags().isEmpty()) {
            Element tags = meta.appendElement("span").addClass("tags");
            for (String tag : annotation.tags()) {
                if (tags.childNodeSize() > 0) {
                    tags.appendText(" ");
                }
                tags.appendElement("span").addClass("tag").text("#" + tag);
            }
            meta.appendText(" · ");
        }
        annotation.category().ifPresent(category -> {
            Element span = meta.appendElement("span").addClass("category");
            colour.ifPresent(c -> span.appendElement("span").addClass("swatch").attr("style", "background-color: " + c));
            span.appendText(category);
            meta.appendText(" · ");
        });
        meta.appendElement("a").attr("href", ExportedNotes.link(annotation)).text("Open in Briefing Reader");
        line(div);
    }

    /** A line break between elements, so the file reads well as text; pretty-printing would touch the content. */
    private static void line(Element parent) {
        parent.appendText("\n");
    }
}
