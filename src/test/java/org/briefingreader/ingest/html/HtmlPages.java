package org.briefingreader.ingest.html;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.domain.ParsedBriefing;

/** Writes small test pages into a folder and imports them. */
final class HtmlPages {
    private final Path dir;
    private final HtmlBriefingParser parser = new HtmlBriefingParser();

    HtmlPages(Path dir) {
        this.dir = dir;
    }

    Path write(String name, String html) throws IOException {
        return write(name, html, StandardCharsets.UTF_8);
    }

    Path write(String name, String html, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, html.getBytes(charset));
        return file;
    }

    ParsedBriefing parse(String html) throws IOException, BriefingInputException {
        return parser.parse(write("page.html", html));
    }

    Briefing briefing(String html) throws IOException, BriefingInputException {
        return parse(html).briefing();
    }

    /** A page with a title, an {@code <article>} holding {@code article}, and the usual site around it. */
    static String page(String title, String article) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<script>var tracking = 'script text';</script><style>body { color: red; }</style></head><body>"
                + "<header><a href=\"/\">Site home</a> <a href=\"/world\">World</a></header>"
                + "<nav><ul><li><a href=\"/a\">Navigation link one</a></li><li><a href=\"/b\">Navigation link two</a>"
                + "</li></ul></nav><article>" + article + "</article>"
                + "<aside><p>Aside text about something else entirely, a promotion of other things.</p></aside>"
                + "<footer><p>Footer text: about us, contact, careers, terms of use.</p></footer></body></html>";
    }

    /** A paragraph of plain prose long enough to count as article text. */
    static String prose(String topic) {
        return "<p>The " + topic + " is discussed here at some length, with several clauses, commas, and details, "
                + "so that this paragraph reads as the article's own prose rather than as a menu.</p>";
    }
}
