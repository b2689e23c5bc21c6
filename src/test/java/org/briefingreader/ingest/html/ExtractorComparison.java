package org.briefingreader.ingest.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefingreader.domain.SectionKindTable;
import org.briefingreader.ingest.SourceLoader;
import org.briefingreader.quality.ShingleOverlap;

/**
 * Prints, for each article extractor, micro and mean body F1 over readability-dev and its five worst pages.
 * Run: {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt} then
 * {@code java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) org.briefingreader.ingest.html.ExtractorComparison
 * [readability4j] [r4j-clean] [own] [chosen]} ({@code -Dworst=N} lists N worst pages).
 */
public final class ExtractorComparison {
    private ExtractorComparison() {
    }

    public static void main(String[] args) {
        Map<String, ArticleExtractor> extractors = new java.util.LinkedHashMap<>();
        for (String name : args.length == 0 ? new String[] {"readability4j", "own", "chosen"} : args) {
            extractors.put(name, switch (name) {
                case "readability4j" -> new Readability4JExtractor();
                case "own" -> new ContentScoreExtractor();
                case "r4j-clean" -> page -> {
                    PageCleaner.clean(page);
                    return new Readability4JExtractor().extract(page);
                };
                default -> HtmlBriefingParser.defaultExtractor();
            });
        }
        for (Map.Entry<String, ArticleExtractor> e : extractors.entrySet()) {
            report(e.getKey(), new HtmlBriefingParser(new SourceLoader(), SectionKindTable.defaults(), e.getValue()));
        }
    }

    private static void report(String name, HtmlBriefingParser parser) {
        record Page(String name, ShingleOverlap score, boolean readerable) {
        }
        List<Page> pages = new ArrayList<>();
        ShingleOverlap total = ShingleOverlap.NONE;
        long start = System.nanoTime();
        for (Path dir : HtmlCorpus.readabilityPages()) {
            ShingleOverlap score = HtmlCorpus.score(parser, dir);
            pages.add(new Page(dir.getFileName().toString(), score, HtmlCorpus.readerable(dir)));
            total = total.plus(score);
        }
        double mean = pages.stream().mapToDouble(p -> p.score().f1()).average().orElse(0);
        System.out.printf(Locale.ROOT, "%s: pages %d, micro F1 %.4f (P %.4f R %.4f), mean F1 %.4f, %d ms%n", name,
                pages.size(), total.f1(), total.precision(), total.recall(), mean,
                (System.nanoTime() - start) / 1_000_000);
        System.out.printf(Locale.ROOT, "   mean F1 over the %d pages Readability calls readerable: %.4f%n",
                pages.stream().filter(Page::readerable).count(),
                pages.stream().filter(Page::readerable).mapToDouble(p -> p.score().f1()).average().orElse(0));
        pages.stream().sorted(Comparator.comparingDouble(p -> p.score().f1())).limit(args5())
                .forEach(p -> System.out.printf(Locale.ROOT, "   %-40s F1 %.3f P %.3f R %.3f%n", p.name(),
                        p.score().f1(), p.score().precision(), p.score().recall()));
    }

    private static int args5() {
        return Integer.getInteger("worst", 5);
    }
}
