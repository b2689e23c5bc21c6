package org.briefingreader.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.briefingreader.domain.annotation.Annotation;

/**
 * The JSON of each annotation a store wrote ({@link AnnotationJson#fragment}), by id, so a save writes the JSON of
 * the one annotation it changes and copies the others' bytes. Writing a briefing's hundred annotations again took
 * longer than the disk's share of a save; copying them takes a few microseconds.
 *
 * <p>A fragment is reused only for an annotation equal to the one it was written from; entries of annotations a
 * write removed are dropped. Used under the store's write lock.
 */
final class AnnotationFragments {
    private record Fragment(Annotation annotation, byte[] json) {
    }

    private final ConcurrentMap<UUID, Fragment> fragments = new ConcurrentHashMap<>();

    /** The file of {@code briefingId} holding {@code annotations} in this order. */
    byte[] file(String briefingId, List<Annotation> annotations) {
        List<byte[]> json = new ArrayList<>(annotations.size());
        for (Annotation annotation : annotations) {
            Fragment fragment = fragments.get(annotation.id());
            if (fragment == null || !(fragment.annotation() == annotation || fragment.annotation().equals(annotation))) {
                fragment = new Fragment(annotation, AnnotationJson.fragment(annotation));
                fragments.put(annotation.id(), fragment);
            }
            json.add(fragment.json());
        }
        return AnnotationJson.assemble(briefingId, json);
    }

    /** Drops the fragments of what {@code before} held and {@code after} does not. */
    void forgetRemoved(List<Annotation> before, List<Annotation> after) {
        Set<UUID> kept = new HashSet<>();
        for (Annotation annotation : after) {
            kept.add(annotation.id());
        }
        for (Annotation annotation : before) {
            if (!kept.contains(annotation.id())) {
                fragments.remove(annotation.id());
            }
        }
    }
}
