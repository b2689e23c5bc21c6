package org.briefingreader.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.briefingreader.ui.reader.ReaderPlace;

/**
 * The places left by jumps, for Back and Forward, as a browser keeps them: a jump records the place left and
 * drops everything ahead; Back returns to the last place left and keeps the place it leaves for Forward.
 *
 * <p>Plain Java, no toolkit. The oldest places fall off past {@link #DEFAULT_CAPACITY} (calibre's viewer and
 * browsers also keep a bounded list). A place equal to the one just recorded is not recorded twice.
 */
public final class NavigationHistory {
    public static final int DEFAULT_CAPACITY = 100;

    private final int capacity;
    private final Deque<ReaderPlace> back = new ArrayDeque<>();
    private final Deque<ReaderPlace> forward = new ArrayDeque<>();

    public NavigationHistory() {
        this(DEFAULT_CAPACITY);
    }

    public NavigationHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** A jump is leaving {@code left}: Back will return there, and the places ahead are dropped. */
    public void jumped(ReaderPlace left) {
        Objects.requireNonNull(left, "left");
        forward.clear();
        push(back, left);
    }

    /** The place to go back to from {@code current}, which Forward then returns to; empty at the start. */
    public Optional<ReaderPlace> back(ReaderPlace current) {
        return move(back, forward, current);
    }

    /** The place to go forward to from {@code current}, which Back then returns to; empty at the newest place. */
    public Optional<ReaderPlace> forward(ReaderPlace current) {
        return move(forward, back, current);
    }

    public boolean canGoBack() {
        return !back.isEmpty();
    }

    public boolean canGoForward() {
        return !forward.isEmpty();
    }

    /** How many places Back can return to. */
    public int backSize() {
        return back.size();
    }

    private Optional<ReaderPlace> move(Deque<ReaderPlace> from, Deque<ReaderPlace> to, ReaderPlace current) {
        Objects.requireNonNull(current, "current");
        ReaderPlace target = from.pollFirst();
        if (target == null) {
            return Optional.empty();
        }
        push(to, current);
        return Optional.of(target);
    }

    private void push(Deque<ReaderPlace> stack, ReaderPlace place) {
        if (place.equals(stack.peekFirst())) {
            return;
        }
        stack.addFirst(place);
        while (stack.size() > capacity) {
            stack.removeLast();
        }
    }
}
