package org.briefingreader.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.BriefingStore;

/**
 * A {@link BriefingStore} held in memory, for UI tests that need a library without files; it can also report
 * unreadable files or fail to list, as a broken library folder would.
 */
public final class InMemoryBriefingStore implements BriefingStore {
    private final Map<String, Briefing> briefings = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private IOException listingFailure;

    public InMemoryBriefingStore(Briefing... initial) {
        for (Briefing briefing : initial) {
            briefings.put(briefing.id(), briefing);
        }
    }

    /** Every later {@link #list()} reports these lines as unreadable files. */
    public synchronized InMemoryBriefingStore reportProblems(String... lines) {
        problems.clear();
        problems.addAll(List.of(lines));
        return this;
    }

    /** Every later {@link #list()} throws {@code failure}. */
    public synchronized InMemoryBriefingStore failListingWith(IOException failure) {
        listingFailure = failure;
        return this;
    }

    @Override
    public synchronized SaveOutcome save(Briefing briefing) {
        Briefing old = briefings.put(briefing.id(), briefing);
        if (old == null) {
            return SaveOutcome.ADDED;
        }
        return old.contentHash().equals(briefing.contentHash()) ? SaveOutcome.UNCHANGED : SaveOutcome.REPLACED;
    }

    @Override
    public synchronized Optional<Briefing> get(String id) {
        return Optional.ofNullable(briefings.get(id));
    }

    @Override
    public synchronized List<Briefing> list() throws IOException {
        if (listingFailure != null) {
            throw listingFailure;
        }
        return List.copyOf(briefings.values());
    }

    @Override
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public synchronized boolean delete(String id) {
        return briefings.remove(id) != null;
    }

    /** In memory a briefing's content hash is stamp enough. */
    @Override
    public synchronized Map<String, String> stamps() {
        Map<String, String> stamps = new TreeMap<>();
        briefings.forEach((id, b) -> stamps.put(id, b.contentHash()));
        return stamps;
    }
}
