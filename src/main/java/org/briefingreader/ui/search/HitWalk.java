package org.briefingreader.ui.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.briefingreader.domain.SearchHit;

/**
 * The walk through the hits listed (Enter, F3, Shift+F3, a click on a row): which one is current, and the
 * navigator that shows it in the reader. It wraps at both ends, as a browser's find does.
 */
final class HitWalk {
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private List<SearchHit> hits = List.of();
    private HitNavigator navigator = HitNavigator.NONE;

    void setNavigator(HitNavigator navigator) {
        this.navigator = Objects.requireNonNull(navigator, "navigator");
    }

    HitNavigator navigator() {
        return navigator;
    }

    /** New hits to walk, in the order listed; none is current. */
    void reset(List<SearchHit> listed) {
        hits = List.copyOf(listed);
        current.set(-1);
    }

    ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    Optional<SearchHit> currentHit() {
        int at = current.get();
        return at < 0 || at >= hits.size() ? Optional.empty() : Optional.of(hits.get(at));
    }

    boolean next() {
        return !hits.isEmpty() && show(current.get() < 0 ? 0 : (current.get() + 1) % hits.size());
    }

    boolean previous() {
        return !hits.isEmpty() && show(current.get() <= 0 ? hits.size() - 1 : current.get() - 1);
    }

    boolean show(int index) {
        if (index < 0 || index >= hits.size()) {
            return false;
        }
        current.set(index);
        navigator.show(hits.get(index));
        return true;
    }

    /** No hit is current, and the reader goes back to where it was before the first one. */
    void leave() {
        current.set(-1);
        navigator.returnToReading();
    }
}
