package org.briefingreader.ui.reader;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where the reader is in the shown document: the unit at the top of the pane (reported by the view as the reader
 * scrolls), so the current section, and the moves to a unit or section, which the view carries out by scrolling.
 *
 * <p>Every change of the top unit goes to the {@link PositionMemory}, so a briefing shown again opens where it
 * was left. A <em>jump</em> (an outline click, see {@link #jumpToSection}) first tells the jump listener the place
 * being left, for back and forward; stepping to the next or previous section is not a jump.
 */
public final class ReadingPosition {
    private final ReadOnlyObjectWrapper<ReaderDocument> document = new ReadOnlyObjectWrapper<>(ReaderDocument.EMPTY);
    private final ReadOnlyStringWrapper topUnit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper currentSection = new ReadOnlyStringWrapper("");
    private PositionMemory memory = PositionMemory.inMemory();
    private Consumer<String> scroller = unitId -> { };
    private Consumer<PassageRequest> selector = passage -> { };
    private Consumer<ReaderPlace> jumpListener = left -> { };

    /** A range of the document's text to select: UTF-16 offsets {@code [start, end)}. */
    public record PassageRequest(int start, int end) {
    }

    /** Shows {@code next} at the unit its briefing was last read at, else at its start. */
    void open(ReaderDocument next) {
        Optional<String> remembered = next.units().isEmpty() ? Optional.empty()
                : memory.positionIn(next.briefingId()).filter(id -> next.unit(id).isPresent());
        topUnit.set("");
        currentSection.set("");
        document.set(next);
        // After the document, so the view has the new text in place when asked to scroll.
        if (!next.units().isEmpty()) {
            scrollTo(remembered.orElse(next.units().get(0).id()));
        }
    }

    void close() {
        document.set(ReaderDocument.EMPTY);
        topUnit.set("");
        currentSection.set("");
    }

    void setMemory(PositionMemory memory) {
        this.memory = Objects.requireNonNull(memory, "memory");
    }

    void setScroller(Consumer<String> scroller) {
        this.scroller = Objects.requireNonNull(scroller, "scroller");
    }

    /** The view's way to select a passage of the text (after scrolling to it). */
    public void setSelector(Consumer<PassageRequest> selector) {
        this.selector = Objects.requireNonNull(selector, "selector");
    }

    /** Told the place being left before each jump (an outline click), for back and forward. */
    public void setJumpListener(Consumer<ReaderPlace> listener) {
        this.jumpListener = Objects.requireNonNull(listener, "listener");
    }

    ReadOnlyObjectProperty<ReaderDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    ReadOnlyStringProperty topUnitProperty() {
        return topUnit.getReadOnlyProperty();
    }

    ReadOnlyStringProperty currentSectionProperty() {
        return currentSection.getReadOnlyProperty();
    }

    /** The place the pane shows now; empty when no briefing is shown. */
    public Optional<ReaderPlace> place() {
        String briefingId = document.get().briefingId();
        return briefingId.isEmpty() ? Optional.empty() : Optional.of(ReaderPlace.of(briefingId, topUnit.get()));
    }

    /** The view reports the unit now at the top; ids the document does not have are ignored. */
    void topUnitChanged(String unitId) {
        document.get().unit(unitId).ifPresent(unit -> {
            topUnit.set(unit.id());
            currentSection.set(unit.sectionId());
            memory.remember(document.get().briefingId(), unit.id());
        });
    }

    boolean restore(String unitId) {
        return document.get().unit(unitId).isPresent() && scrollTo(unitId);
    }

    boolean showSection(String sectionId) {
        return document.get().sectionIds().contains(sectionId) && scrollTo(sectionId);
    }

    boolean jumpToSection(String sectionId) {
        if (!document.get().sectionIds().contains(sectionId)) {
            return false;
        }
        place().ifPresent(jumpListener);
        return scrollTo(sectionId);
    }

    boolean nextSection() {
        List<String> ids = document.get().sectionIds();
        int next = ids.indexOf(currentSection.get()) + 1;
        return next < ids.size() && showSection(ids.get(next));
    }

    boolean previousSection() {
        List<String> ids = document.get().sectionIds();
        int current = ids.indexOf(currentSection.get());
        return current > 0 && showSection(ids.get(current - 1));
    }

    /** Brings the unit holding offset {@code start} to the top and selects {@code [start, end)}; false if outside. */
    public boolean selectPassage(int start, int end) {
        ReaderDocument shown = document.get();
        if (start < 0 || end <= start || end > shown.text().length()) {
            return false;
        }
        shown.unitAtOffset(start).ifPresent(unit -> scrollTo(unit.id()));
        selector.accept(new PassageRequest(start, end));
        return true;
    }

    /**
     * Asks the view to scroll, and takes the target as the position at once: a view without a toolkit (or one
     * that cannot scroll that far, at the end of the text) may not report back, and next/previous must still
     * move on from here.
     */
    private boolean scrollTo(String unitId) {
        topUnitChanged(unitId);
        scroller.accept(unitId);
        return true;
    }
}
