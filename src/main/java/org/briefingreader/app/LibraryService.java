package org.briefingreader.app;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingStore;

/** Use cases on the briefings already in the library: list, open, delete. Synchronous; callers pick the thread. */
public final class LibraryService {
    private final BriefingStore store;

    public LibraryService(BriefingStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Every briefing, newest publication first, then by title. */
    public List<Briefing> list() throws IOException {
        return store.list().stream()
                .sorted(LibraryOrder.NEWEST_FIRST)
                .toList();
    }

    /** Lines naming stored files that could not be read at the last listing. */
    public List<String> problems() {
        return store.problems();
    }

    public Optional<Briefing> get(String id) throws IOException {
        return store.get(id);
    }

    public boolean delete(String id) throws IOException {
        return store.delete(id);
    }
}
