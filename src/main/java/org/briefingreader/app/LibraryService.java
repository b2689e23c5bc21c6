package org.briefingreader.app;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingStore;

/** Use cases on the briefings already in the library: list, open, delete. Synchronous; callers pick the thread. */
public final class LibraryService {
    private final BriefingStore store;
    /** A listing started by {@link #listAhead()} and not yet taken by {@link #list()}. */
    private final AtomicReference<CompletableFuture<List<Briefing>>> ahead = new AtomicReference<>();

    public LibraryService(BriefingStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Starts listing the library on a thread of its own; the next {@link #list()} returns that listing instead
     * of reading again. For start-up: the window's first listing overlaps building the window. Does nothing
     * while an earlier listing ahead has not been taken.
     */
    public void listAhead() {
        CompletableFuture<List<Briefing>> listing = new CompletableFuture<>();
        if (!ahead.compareAndSet(null, listing)) {
            return;
        }
        Thread reader = new Thread(() -> {
            try {
                listing.complete(readList());
            } catch (IOException | RuntimeException | Error e) {
                // Handed to the caller of list(), which reports it as it would its own failure; never left waiting.
                listing.completeExceptionally(e);
            }
        }, "library-list-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    /** Every briefing, newest publication first, then by title. */
    public List<Briefing> list() throws IOException {
        CompletableFuture<List<Briefing>> listing = ahead.getAndSet(null);
        if (listing == null) {
            return readList();
        }
        try {
            return listing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw (Error) e.getCause();
        }
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

    private List<Briefing> readList() throws IOException {
        return store.list().stream()
                .sorted(LibraryOrder.NEWEST_FIRST)
                .toList();
    }
}
