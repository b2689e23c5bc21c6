package org.briefingreader.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.briefingreader.ProductFormats;
import org.briefingreader.quality.ImportQualityRun;
import org.briefingreader.quality.QualityCorpora;
import org.briefingreader.quality.QualityCorpus;
import org.briefingreader.quality.QualityReport;

/**
 * How well the importers read real documents: imports every file of the development corpora through the app's own
 * format selection and scores title, date, headings and body text against the expected values
 * (docs/import-quality.md). Not a test; run it with
 * {@code mvn -B -q test-compile exec:exec -Dbench=ImportQuality}. Prints a Markdown table and the worst pages, and
 * writes one row per document to {@code target/import-quality/pages.tsv}.
 *
 * <p>An optional first argument names the corpus folder (default {@code ../shared/corpus}).
 */
public final class ImportQuality {
    static final Path DETAIL = Path.of("target", "import-quality", "pages.tsv");
    /** The window's import limit, so a file is refused or taken as the app would. */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    static final int WORST = 5;

    private ImportQuality() {
    }

    public static void main(String[] args) throws IOException {
        // UTF-8 whatever the platform charset: the table holds dashes and the worst pages quote titles
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        List<QualityCorpus> corpora = QualityCorpora.under(root, out::println);
        if (corpora.isEmpty()) {
            out.println("No corpus found under " + root.toAbsolutePath() + "; nothing measured.");
            return;
        }
        long start = System.nanoTime();
        ImportQualityRun run = ImportQualityRun.of(ProductFormats.of(MAX_BYTES), corpora);
        long ms = (System.nanoTime() - start) / 1_000_000;
        QualityReport.writeDetail(run, DETAIL);
        out.println(QualityReport.table(run));
        out.println(QualityReport.worst(run, WORST));
        out.printf("%d documents in %d ms; one row per document in %s%n", run.pages().size(), ms, DETAIL);
    }
}
