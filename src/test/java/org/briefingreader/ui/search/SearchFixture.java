package org.briefingreader.ui.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefingreader.app.SearchService;
import org.briefingreader.app.SyncListener;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.search.LuceneLibraryIndex;

/**
 * A real library for search tests: a briefing store folder and a Lucene index on disk under {@code home}, holding the
 * seed and whatever the test adds, and a {@link SearchAccess} that counts how often a search reached it.
 */
public final class SearchFixture implements AutoCloseable {
    /** A second briefing that also names Crimea, so a library search has two briefings to group. */
    public static final String CRIMEA_NOTES = "Spring Notes\n\nMay 2, 2018\n\nThe Crimea annexation shaped every talk "
            + "Tokyo held with Moscow that spring.\n";

    private final Path home;
    private final JsonBriefingStore store;
    private final LuceneLibraryIndex index;
    private final SearchService service;
    private final AtomicInteger opened = new AtomicInteger();

    public SearchFixture(Path home) throws IOException, BriefingInputException {
        this.home = home;
        store = new JsonBriefingStore(home.resolve("briefings"));
        index = LuceneLibraryIndex.open(home.resolve("index"));
        service = new SearchService(index, store, new JsonAnnotationStore(LibraryPaths.under(home.resolve("lib"))));
        add("japan-russia.txt", Files.readString(Path.of("samples/japan-russia-2018.txt"), StandardCharsets.UTF_8));
    }

    /** Imports {@code text} as a plain-text briefing and brings the index up to date; the briefing's id. */
    public String add(String fileName, String text) throws IOException, BriefingInputException {
        Path file = Files.writeString(home.resolve(fileName), text, StandardCharsets.UTF_8);
        Briefing briefing = new PlainTextBriefingParser().parse(file).briefing();
        store.save(briefing);
        service.sync(SyncListener.NONE);
        return briefing.id();
    }

    /** Reaches the real service and counts the searches that did. */
    public SearchAccess access() {
        return () -> {
            opened.incrementAndGet();
            return service;
        };
    }

    /** How many searches reached the index. */
    public int searches() {
        return opened.get();
    }

    public SearchService service() {
        return service;
    }

    public JsonBriefingStore store() {
        return store;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
