package org.briefingreader.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefingreader.domain.annotation.ExportedNotes;

/**
 * The committed example docs/examples/notes.jsonld: the seed briefing's notes of {@link ExportFixtures#sample()}.
 * Run {@code main} to write it again after a deliberate change of the format; {@code JsonLdExampleDocTest} fails
 * until then.
 */
final class JsonLdExample {
    static final Path FILE = Path.of("docs", "examples", "notes.jsonld");

    private JsonLdExample() {
    }

    /** The seed briefing's group alone, with the sample's time, scope and categories. */
    static ExportedNotes seedNotes() throws IOException {
        ExportedNotes sample = ExportFixtures.sample();
        return new ExportedNotes(sample.exported(), "briefing " + sample.briefings().get(0).briefingId(),
                List.of(sample.briefings().get(0)), sample.categories());
    }

    static byte[] current() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonLdNotesExporter().write(seedNotes(), out);
        return out.toByteArray();
    }

    public static void main(String[] args) throws IOException {
        Files.write(FILE, current());
        System.out.println("wrote " + FILE.toAbsolutePath());
    }
}
