package org.briefingreader.ui.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefingreader.app.ImportService;
import org.briefingreader.domain.BriefingStore;
import org.briefingreader.domain.SectionKindTable;
import org.briefingreader.ingest.BriefingFormats;
import org.briefingreader.ingest.SourceLoader;
import org.briefingreader.ingest.json.JsonBriefingParser;
import org.briefingreader.ingest.text.PlainTextBriefingParser;

/** A real importer for window and ViewModel tests, reading .txt, .text and .json as the application does. */
public final class ImportFixture {
    private ImportFixture() {
    }

    /** An importer into {@code store} with the application's formats and a 1 MB limit. */
    public static ImportService importer(BriefingStore store) {
        SourceLoader loader = new SourceLoader(1024 * 1024);
        BriefingFormats formats = new BriefingFormats(List.of(
                new BriefingFormats.Format(new PlainTextBriefingParser(loader, SectionKindTable.defaults()),
                        List.of(".txt", ".text")),
                new BriefingFormats.Format(new JsonBriefingParser(loader), List.of(".json"))));
        return new ImportService(formats, store);
    }

    /** Writes a small good briefing, {@code "Briefing <n>"} dated May n, 2020, as {@code name} in {@code folder}. */
    public static Path goodBriefing(Path folder, String name, int n) throws IOException {
        return Files.writeString(folder.resolve(name), "Briefing " + n + "\n\nMay " + n
                + ", 2020\n\nIts lede paragraph, number " + n + ".\n", StandardCharsets.UTF_8);
    }
}
