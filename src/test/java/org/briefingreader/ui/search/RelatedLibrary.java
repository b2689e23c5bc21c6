package org.briefingreader.ui.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingreader.app.LibraryService;
import org.briefingreader.app.SearchService;
import org.briefingreader.app.SyncListener;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingInputException;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.LibraryFolder;
import org.briefingreader.library.LibraryPaths;
import org.briefingreader.search.LuceneLibraryIndex;

/**
 * A real library for Related tests: the bundled seed briefing and a few short briefings sharing its vocabulary
 * (the Kuril islands, Japanese investment in Russia, sanctions over Crimea) and one sharing none (glaciers), in a
 * real store with a real Lucene index, synced.
 */
public final class RelatedLibrary implements AutoCloseable {
    public static final String KURILS = """
            Tokyo and Moscow Still Divided Over the Southern Kurils

            The dispute over the islands that Japan calls the Northern Territories and Russia calls the Southern \
            Kurils has kept the two countries from signing a peace treaty formally ending World War II.

            Background

            Soviet forces seized the islands in the final days of World War II, and Russia has held de facto \
            control over them ever since. Japan insists on its sovereignty over the four islands, while Moscow \
            treats the territory as its own and rejects any wholesale return of the islands.

            Outlook

            Talks resume in June.

            Neither side is likely to concede sovereignty soon. Russia has expanded its military presence on the \
            islands, and Japanese prime ministers have repeatedly failed to turn summits with Putin into a \
            territorial breakthrough.
            """;
    public static final String INVESTMENT = """
            Japanese Investment in the Russian Far East Stalls

            Japanese companies remain wary of committing capital to projects in Siberia and the Russian Far East \
            despite encouragement from Tokyo.

            The Numbers

            Japanese trade with Russia is dwarfed by Chinese trade, and Chinese investment in Russia has grown \
            quickly while Japanese foreign direct investment remains a small share of the total. Concerns about \
            profitability keep Japanese corporations and investors cautious about energy projects.
            """;
    public static final String SANCTIONS = """
            Sanctions Over Crimea Strain Russia's Ties With the West

            Since the annexation of Crimea in 2014, the United States and its allies have imposed escalating \
            sanctions on Russia.

            The Standoff

            The standoff between Russia and the West shows little sign of abating. Allies of the United States, \
            including Japan, have adhered to many of the sanctions, albeit reluctantly, and Moscow has grown more \
            sensitive about ceding ground after the upheaval in Ukraine and the annexation of Crimea.
            """;
    /** Shares no word with the others: a passage of it has nothing related. */
    public static final String GLACIERS = """
            Glaciers Retreat Across the Alps

            Alpine glaciers shrank in summer heatwaves, baring moraine beneath thinning icefields.

            Measurements

            Glaciologists drilling alpine icefields describe meltwater torrents beneath shrinking glaciers.
            """;

    public final JsonBriefingStore store;
    public final LuceneLibraryIndex index;
    public final SearchService search;
    public final Briefing seed;
    public final Briefing kurils;
    public final Briefing investment;
    public final Briefing sanctions;
    public final Briefing glaciers;

    private RelatedLibrary(Path home) throws IOException, BriefingInputException {
        LibraryPaths paths = LibraryPaths.under(home);
        store = LibraryFolder.open(paths);
        seed = store.list().get(0);
        Path texts = Files.createDirectories(home.resolve("texts"));
        kurils = add(texts, "kurils", KURILS);
        investment = add(texts, "investment", INVESTMENT);
        sanctions = add(texts, "sanctions", SANCTIONS);
        glaciers = add(texts, "glaciers", GLACIERS);
        index = LuceneLibraryIndex.open(home.resolve("index"));
        search = new SearchService(index, store, new JsonAnnotationStore(paths));
        search.sync(SyncListener.NONE);
    }

    /** The library under {@code home}, indexed. */
    public static RelatedLibrary create(Path home) throws IOException, BriefingInputException {
        return new RelatedLibrary(home);
    }

    public LibraryService libraryService() {
        return new LibraryService(store);
    }

    private Briefing add(Path dir, String name, String text) throws IOException, BriefingInputException {
        Path file = Files.writeString(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        Briefing briefing = new PlainTextBriefingParser().parse(file).briefing();
        store.save(briefing);
        return briefing;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
