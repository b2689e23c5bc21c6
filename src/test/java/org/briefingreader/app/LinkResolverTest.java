package org.briefingreader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.TextRange;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.CanonicalText;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.library.JsonAnnotationStore;
import org.briefingreader.library.JsonBriefingStore;
import org.briefingreader.library.JsonUndoJournal;
import org.briefingreader.library.LibraryPaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links as the exports write them, followed into a real library folder. */
class LinkResolverTest {

    @TempDir
    Path home;

    private JsonBriefingStore briefings;
    private AnnotationService annotations;
    private LinkResolver resolver;
    private Briefing seed;

    @BeforeEach
    void library() throws Exception {
        LibraryPaths paths = LibraryPaths.under(home);
        briefings = new JsonBriefingStore(paths.briefings());
        seed = new PlainTextBriefingParser().parse(Path.of("samples/japan-russia-2018.txt")).briefing();
        briefings.save(seed);
        annotations = new AnnotationService(briefings, new JsonAnnotationStore(paths), new JsonUndoJournal(paths),
                Clock.systemUTC());
        resolver = new LinkResolver(new LibraryService(briefings), annotations::notes);
    }

    @Test
    void theExportedLinkLeadsToTheNotesUnitAndPassage() throws Exception {
        CanonicalText text = CanonicalText.of(seed);
        CanonicalText.Unit p1 = text.unit("the-history.p1").orElseThrow();
        Annotation note = annotations.annotate(seed.id(), p1.start() + 10, p1.start() + 40, AnnotationDraft.HIGHLIGHT);

        LinkedPlace place = resolver.resolve(ReaderLink.parse(ExportedNotes.link(note)));

        assertThat(place).isEqualTo(new LinkedPlace(seed.id(), Optional.of("the-history.p1"),
                Optional.of(new TextRange(p1.start() + 10, p1.start() + 40)), Optional.empty()));
    }

    @Test
    void aNoteThatIsGoneStillOpensTheBriefingAndSaysSo() throws Exception {
        UUID gone = UUID.randomUUID();

        LinkedPlace place = resolver.resolve(new ReaderLink(seed.id(), Optional.of(gone)));

        assertThat(place.briefingId()).isEqualTo(seed.id());
        assertThat(place.unitId()).isEmpty();
        assertThat(place.problem()).hasValueSatisfying(p -> assertThat(p)
                .contains(gone.toString().substring(0, 8)).contains("no longer"));
    }

    @Test
    void aBriefingThatIsGoneIsLeftToTheWindowToSay() throws Exception {
        LinkedPlace place = resolver.resolve(new ReaderLink("no-such-briefing", Optional.of(UUID.randomUUID())));

        assertThat(place).isEqualTo(LinkedPlace.briefing("no-such-briefing"));
    }
}
