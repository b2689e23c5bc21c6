package org.briefingreader.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Renders an {@link ImportQualityRun}: the Markdown figures table, the worst pages, the per-page detail file. */
public final class QualityReport {
    private static final String NONE = "–";

    private QualityReport() {
    }

    /** The figures table, one row per corpus and one for all, in Markdown. */
    public static String table(ImportQualityRun run) {
        StringBuilder out = new StringBuilder();
        out.append("| Corpus | Files | Imported | Title right | Date right | Date found, none expected "
                + "| Heading P | Heading R | Heading F1 | Body F1 (micro) | Body F1 (mean) | Body F1 (benchmark) |\n");
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        List<CorpusScore> rows = new ArrayList<>(run.byCorpus().values());
        rows.add(run.overall());
        for (CorpusScore s : rows) {
            boolean h = s.headingPages() > 0;
            boolean b = s.bodyPages() > 0;
            out.append("| ").append(s.name().equals("all") ? "**all**" : s.name())
                    .append(" | ").append(s.pages())
                    .append(" | ").append(s.imported())
                    .append(" | ").append(share(s.titlesRight(), s.titlePages()))
                    .append(" | ").append(share(s.datesRight(), s.pages() - s.datesUnexpected()))
                    .append(" | ").append(s.datesUnexpected())
                    .append(" | ").append(h && s.headings().found() > 0 ? fixed(s.headings().precision()) : NONE)
                    .append(" | ").append(h ? fixed(s.headings().recall()) : NONE)
                    .append(" | ").append(h ? fixed(s.headings().f1()) + " (" + s.headingPages() + " docs)" : NONE)
                    .append(" | ").append(b ? fixed(s.body().f1()) : NONE)
                    .append(" | ").append(b ? fixed(s.bodyMeanF1()) + " (" + s.bodyPages() + " docs)" : NONE)
                    .append(" | ").append(b ? fixed(s.bodyBenchmark().f1()) : NONE)
                    .append(" |\n");
        }
        return out.toString();
    }

    /**
     * The {@code count} worst pages of each corpus: failed imports first, then by the lower of body and heading F1,
     * ties by body F1.
     */
    public static String worst(ImportQualityRun run, int count) {
        StringBuilder out = new StringBuilder();
        for (String corpus : run.byCorpus().keySet()) {
            out.append("Worst in ").append(corpus).append(":\n");
            run.pages().stream().filter(p -> p.corpus().equals(corpus))
                    .sorted(Comparator.comparingDouble(PageScore::worstF1)
                            .thenComparingDouble(p -> p.body().map(ShingleOverlap::f1).orElse(1.0)))
                    .limit(count)
                    .forEach(p -> out.append("  ").append(p.file()).append(": ").append(why(p)).append('\n'));
        }
        return out.toString();
    }

    /** Writes one tab-separated row per page to {@code file} (with a header), for finding each miss. */
    public static void writeDetail(ImportQualityRun run, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        StringBuilder out = new StringBuilder("corpus\tfile\timport\ttitle_right\tfound_title\texpected_title"
                + "\tdate\tfound_date\texpected_date\theading_p\theading_r\theading_f1\tmissed_headings"
                + "\textra_headings\tbody_p\tbody_r\tbody_f1\texpected_from\n");
        for (PageScore p : run.pages()) {
            Optional<HeadingMatch> h = p.headings();
            Optional<ShingleOverlap> b = p.body();
            out.append(row(p.corpus(), p.file(), p.failure().map(m -> "failed: " + m).orElse("ok"),
                    p.expected().title().isEmpty() ? "" : p.titleRight() ? "yes" : "no", p.foundTitle(),
                    p.expected().title().orElse(""), p.date().name(),
                    p.foundDate().map(Object::toString).orElse(""),
                    p.expected().date().map(d -> d.day().toString()).orElse(""),
                    h.map(x -> fixed(x.precision())).orElse(""), h.map(x -> fixed(x.recall())).orElse(""),
                    h.map(x -> fixed(x.f1())).orElse(""), String.join(" | ", p.missed()),
                    String.join(" | ", p.extra()), b.map(x -> fixed(x.precision())).orElse(""),
                    b.map(x -> fixed(x.recall())).orElse(""), b.map(x -> fixed(x.f1())).orElse(""),
                    p.expected().origin())).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** The cells joined by tabs, any tab or line break inside a cell made a space so the columns stay put. */
    private static String row(String... cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (line.length() > 0) {
                line.append('\t');
            }
            line.append(cell.replaceAll("[\\t\\r\\n]+", " "));
        }
        return line.toString();
    }

    static String why(PageScore p) {
        if (p.failure().isPresent()) {
            return "not imported (" + p.failure().get() + ")";
        }
        List<String> parts = new ArrayList<>();
        p.body().ifPresent(b -> parts.add("body F1 " + fixed(b.f1()) + " (P " + fixed(b.precision()) + ", R "
                + fixed(b.recall()) + ")"));
        p.headings().ifPresent(h -> parts.add("headings F1 " + fixed(h.f1()) + " (" + h.hits() + " of "
                + h.expected() + " found, " + (h.found() - h.hits()) + " extra)"));
        if (p.expected().title().isPresent() && !p.titleRight()) {
            parts.add("title \"" + p.foundTitle() + "\" not \"" + p.expected().title().get() + "\"");
        }
        if (p.date() != DateOutcome.RIGHT) {
            parts.add("date " + p.date().name().toLowerCase(Locale.ROOT));
        }
        return parts.isEmpty() ? "all right" : String.join("; ", parts);
    }

    static String share(int part, int whole) {
        return whole == 0 ? NONE : String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * part / whole, part, whole);
    }

    static String fixed(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
