package org.briefingreader.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The four development corpora the import quality is measured on, as found under one corpus folder. */
public final class QualityCorpora {
    public static final String READABILITY = "readability-dev";
    public static final String BROOKINGS = "brookings-html";
    public static final String CRS = CrsExpectations.CORPUS;
    public static final String EIGHTEEN_F = "18f-blog";

    private QualityCorpora() {
    }

    /**
     * Those of the four corpora present under {@code corpusRoot} (normally {@code ../shared/corpus}); each missing one
     * is told to {@code skipped} in one line and left out.
     */
    public static List<QualityCorpus> under(Path corpusRoot, Consumer<String> skipped) throws IOException {
        List<QualityCorpus> found = new ArrayList<>();
        Path readability = corpusRoot.resolve(READABILITY).resolve("test-pages");
        Path brookings = corpusRoot.resolve(BROOKINGS).resolve("html");
        Path crs = corpusRoot.resolve(CRS);
        Path posts = corpusRoot.resolve(EIGHTEEN_F).resolve("posts");
        add(found, skipped, READABILITY, readability, 2, p -> p.getFileName().toString().equals("source.html"),
                ReadabilityExpectations::read);
        add(found, skipped, BROOKINGS, brookings, 1, p -> p.toString().endsWith(".html"),
                p -> LabelledHtmlExpectations.read(BROOKINGS, p));
        add(found, skipped, CRS, crs, Integer.MAX_VALUE, p -> p.toString().endsWith(".md"), CrsExpectations::read);
        add(found, skipped, EIGHTEEN_F, posts, 1, p -> p.toString().endsWith(".md"), FrontMatterExpectations::read);
        return found;
    }

    private static void add(List<QualityCorpus> found, Consumer<String> skipped, String name, Path dir, int depth,
            Predicate<Path> take, QualityCorpus.ExpectationReader reader) throws IOException {
        if (!Files.isDirectory(dir)) {
            skipped.accept("corpus " + name + " skipped: " + dir + " is absent");
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, depth)) {
            files = walk.filter(Files::isRegularFile).filter(take).sorted().toList();
        }
        found.add(new QualityCorpus(name, dir, files, reader));
    }
}
