package org.briefingreader.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.briefingreader.domain.annotation.BriefingNotes;
import org.briefingreader.domain.annotation.Category;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.briefingreader.domain.annotation.NotesExporter;

/** Runs an exporter into memory, and cuts single-briefing exports out of {@link ExportFixtures#sample()}. */
final class Exports {
    private Exports() {
    }

    /** A byte stream that remembers whether anyone closed it. */
    static final class WatchedStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    static byte[] bytes(NotesExporter exporter, ExportedNotes notes) throws IOException {
        WatchedStream out = new WatchedStream();
        exporter.write(notes, out);
        if (out.closed) {
            throw new AssertionError(exporter.format() + " exporter closed the caller's stream");
        }
        return out.toByteArray();
    }

    static String text(NotesExporter exporter, ExportedNotes notes) throws IOException {
        return new String(bytes(exporter, notes), StandardCharsets.UTF_8);
    }

    /** The seed's notes alone (3 annotations, one an orphan), as exporting one briefing makes them. */
    static ExportedNotes seedOnly() throws IOException {
        return only(ExportFixtures.sample().briefings().get(0));
    }

    /** The tricky briefing's notes alone. */
    static ExportedNotes trickyOnly() throws IOException {
        return only(ExportFixtures.sample().briefings().get(1));
    }

    static ExportedNotes only(BriefingNotes briefing) {
        return new ExportedNotes(ExportFixtures.EXPORTED, "briefing " + briefing.briefingId(), List.of(briefing),
                Category.DEFAULTS);
    }
}
