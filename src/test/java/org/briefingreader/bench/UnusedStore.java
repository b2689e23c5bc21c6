package org.briefingreader.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingStore;

/** The store {@code SearchService} is built with; searching never reads it, so every call is refused. */
final class UnusedStore implements BriefingStore {
    private static final String WHY = "the search benchmark only searches; the store is not used";

    @Override
    public SaveOutcome save(Briefing briefing) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public Optional<Briefing> get(String id) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public List<Briefing> list() {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public List<String> problems() {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public boolean delete(String id) {
        throw new UnsupportedOperationException(WHY);
    }

    @Override
    public Map<String, String> stamps() {
        throw new UnsupportedOperationException(WHY);
    }
}
