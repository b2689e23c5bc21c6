package org.briefingreader.library;

import java.util.List;
import org.briefingreader.domain.annotation.Annotation;

/** The bytes {@link JsonAnnotationStore} writes for one briefing, for baselines outside this package. */
public final class AnnotationFileBytes {
    private AnnotationFileBytes() {
    }

    /** The file of {@code briefingId} holding {@code oldestFirst} (the store's order: created, then id). */
    public static byte[] of(String briefingId, List<Annotation> oldestFirst) {
        return AnnotationJson.writeAnnotations(briefingId, oldestFirst);
    }
}
