package org.briefingreader.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.briefingreader.domain.annotation.Annotation;
import org.briefingreader.domain.annotation.AnnotationStore;
import org.briefingreader.domain.annotation.Category;

/** The annotation store {@code SearchService} is built with; searching never reads it, so every call is refused. */
final class UnusedAnnotations implements AnnotationStore {
    private static final String WHY = "the search benchmark only searches; the annotation store is not used";

    @Override
    public List<Annotation> forBriefing(String briefingId) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public List<Annotation> all() {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public Optional<Annotation> get(UUID id) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public void save(Annotation annotation) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public void saveAll(String briefingId, List<Annotation> annotations) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public boolean delete(UUID id) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public List<Category> categories() {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public void saveCategories(List<Category> categories) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public Map<String, String> stamps() {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public List<String> repairs() {
        throw new UnsupportedOperationException(WHY);
    }
}
