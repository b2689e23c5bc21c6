package org.briefingreader.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.briefingreader.quality.ImportQualityRun;
import org.briefingreader.quality.QualityCorpora;
import org.briefingreader.quality.QualityCorpus;
import org.briefingreader.quality.QualityReport;

/**
 * The import-quality measure applied to a reference extractor instead of the product: Readability4J as it comes
 * ({@link ReadabilityReferenceParser}) on the two HTML corpora. Shows the measure gives sensible figures on real
 * pages and what a plain Readability port scores, for the HTML importer to beat. Run it with
 * {@code mvn -B -q test-compile exec:exec -Dbench=ImportQualityReference}; detail in
 * {@code target/import-quality/reference-pages.tsv}.
 */
public final class ImportQualityReference {
    static final Path DETAIL = Path.of("target", "import-quality", "reference-pages.tsv");

    private ImportQualityReference() {
    }

    public static void main(String[] args) throws IOException {
        // UTF-8 whatever the platform charset: the table holds dashes and the worst pages quote titles
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        List<QualityCorpus> html = QualityCorpora.under(root, out::println).stream()
                .filter(c -> c.name().equals(QualityCorpora.READABILITY) || c.name().equals(QualityCorpora.BROOKINGS))
                .toList();
        long start = System.nanoTime();
        ImportQualityRun run = ImportQualityRun.of(new ReadabilityReferenceParser(), html);
        long ms = (System.nanoTime() - start) / 1_000_000;
        QualityReport.writeDetail(run, DETAIL);
        out.println(QualityReport.table(run));
        out.println(QualityReport.worst(run, ImportQuality.WORST));
        out.printf("%d documents in %d ms; one row per document in %s%n", run.pages().size(), ms, DETAIL);
    }
}
