package org.briefingreader.app;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.TextRange;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.CanonicalText;

/**
 * Follows a {@link ReaderLink} into the library: the annotation it names, placed again on the briefing as it is
 * now, gives the unit and passage to show. Reads files: not on the FX thread.
 *
 * <p>A link whose annotation is gone, orphaned or of another briefing still opens its briefing, with a sentence
 * saying so; a link to a briefing that is gone opens the library (the window says the briefing is missing).
 */
public final class LinkResolver {
    /** The annotations of a briefing, placed on its current version (as {@link AnnotationService#notes}). */
    @FunctionalInterface
    public interface Notes {
        java.util.List<Annotation> of(String briefingId) throws IOException;
    }

    private final LibraryService library;
    private final Notes notes;

    public LinkResolver(LibraryService library, Notes notes) {
        this.library = Objects.requireNonNull(library, "library");
        this.notes = Objects.requireNonNull(notes, "notes");
    }

    public LinkedPlace resolve(ReaderLink link) throws IOException {
        Optional<Briefing> briefing = library.get(link.briefingId());
        if (briefing.isEmpty() || link.annotationId().isEmpty()) {
            return LinkedPlace.briefing(link.briefingId());
        }
        UUID wanted = link.annotationId().get();
        Optional<Annotation> found = notes.of(link.briefingId()).stream()
                .filter(a -> a.id().equals(wanted)).findFirst();
        if (found.isEmpty()) {
            return partly(link, "The linked note " + shortId(wanted) + " is no longer in this briefing");
        }
        Annotation annotation = found.get();
        if (annotation.isOrphan() || annotation.target().unitIds().isEmpty()) {
            return partly(link, "The passage of the linked note " + shortId(wanted)
                    + " is no longer in the briefing");
        }
        Optional<TextRange> passage = CanonicalText.of(briefing.get()).utf16Range(annotation.target().position())
                .map(range -> new TextRange(range[0], range[1]));
        return new LinkedPlace(link.briefingId(), Optional.of(annotation.target().unitIds().get(0)), passage,
                Optional.empty());
    }

    private static LinkedPlace partly(ReaderLink link, String why) {
        return new LinkedPlace(link.briefingId(), Optional.empty(), Optional.empty(),
                Optional.of(why + "; it opens where it was last read."));
    }

    private static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }
}
