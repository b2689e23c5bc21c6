package org.briefingreader.export;

/**
 * The style sheet the HTML export carries inline: readable on screen, and on paper one briefing per page, a note
 * never split across two, colours printed. No web fonts, images or other files: the page must open offline.
 */
final class HtmlStyle {
    static final String CSS = """
            :root { color-scheme: light; }
            body { font: 17px/1.55 Georgia, "Times New Roman", serif; color: #1f2328; background: #fff;
              max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
            header.export, .briefing-meta, .annotation-meta { font: 0.85rem/1.4 system-ui, -apple-system, "Segoe UI",
              sans-serif; color: #57606a; }
            header.export { border-bottom: 1px solid #d0d7de; padding-bottom: 0.5rem; }
            article { margin-top: 2.5rem; }
            article > h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 0.25rem; }
            h2 { font: 600 1.05rem/1.3 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.75rem 0 0.5rem;
              padding-bottom: 0.2rem; border-bottom: 1px solid #d0d7de; }
            section.orphans > h2 { color: #9a6700; }
            .annotation { margin: 1rem 0 1.5rem; }
            blockquote { margin: 0; padding: 0.2rem 0 0.2rem 1rem; border-left: 4px solid #d0d7de;
              white-space: pre-wrap; }
            .note { margin: 0.5rem 0 0 1.25rem; white-space: pre-wrap; font-family: system-ui, -apple-system,
              "Segoe UI", sans-serif; font-size: 0.95rem; }
            .annotation-meta { margin: 0.4rem 0 0 1.25rem; }
            .tag { background: #eaeef2; border-radius: 3px; padding: 0 0.3em; margin-right: 0.2em; }
            .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; vertical-align: -0.05em;
              border: 1px solid rgba(0, 0, 0, 0.25); border-radius: 2px; }
            a { color: #0969da; }
            * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            @page { margin: 2cm; }
            @media print {
              body { font-size: 11pt; max-width: none; margin: 0; padding: 0; }
              article + article { break-before: page; }
              h1, h2 { break-after: avoid; }
              .annotation { break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    private HtmlStyle() {
    }
}
