package org.briefingreader.ui.search;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.briefingreader.ui.reader.ReaderDocument;
import org.briefingreader.ui.support.UiScheduler;
import org.briefingreader.ui.support.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Related tab: passages of other briefings like the one being read, following the reader as it moves.
 *
 * <p>The passage followed is the unit at the caret or the unit at the top of the pane, whichever changed last. A
 * title, subtitle or heading, and a unit of fewer than {@link RelatedPassage#MIN_WORDS} words, stands for the next
 * passage long enough to have distinctive words (see {@link RelatedPassage}). Moves are debounced by
 * {@link #DEBOUNCE}, so scrolling through a briefing asks once where it stops; nothing is asked while the tab is
 * not on screen, and the current passage is asked at once when it comes back. Searches run off the FX thread, and
 * an answer to an older request is dropped.
 */
public final class RelatedViewModel {
    /** How long the passage must stay put before it is searched. */
    public static final Duration DEBOUNCE = Duration.ofMillis(300);
    /** Passages listed at most. */
    public static final int LIMIT = 20;
    static final String NO_BRIEFING = "Open a briefing to see related passages.";
    static final String NONE_FOUND = "No similar passages in other briefings.";
    static final String SEARCHING = "Looking for similar passages\u2026";

    private static final Logger LOG = LoggerFactory.getLogger(RelatedViewModel.class);

    private final SearchParts parts;
    private final BriefingViewModel reader;
    private final BiConsumer<String, String> open;
    private final ReadOnlyListWrapper<SearchHit> passages =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper about = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(NO_BRIEFING);
    /** The unit the reader last moved to, by caret or scrolling; empty before any. */
    private String followed = "";
    private boolean active;
    private UiScheduler.Cancellable waiting;
    /** Increases with every search started; only the answer to the latest is shown. */
    private long sequence;
    /** The passage of the latest search started, so a move within it asks nothing again. */
    private Optional<RelatedPassage> asked = Optional.empty();

    /** {@code open} is given a briefing id and a unit id when a passage is chosen. */
    public RelatedViewModel(SearchParts parts, BriefingViewModel reader, BiConsumer<String, String> open) {
        this.parts = Objects.requireNonNull(parts, "parts");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.open = Objects.requireNonNull(open, "open");
        reader.readingPositionProperty().addListener((obs, old, unitId) -> follow(unitId));
        reader.documentProperty().addListener((obs, old, document) -> follow(""));
    }

    /** The passages like the one followed, best first. */
    public ReadOnlyListProperty<SearchHit> passages() {
        return passages.getReadOnlyProperty();
    }

    /** What the list is related to, e.g. {@code Passages like “Abe has been here before …” (The History)}. */
    public ReadOnlyStringProperty aboutProperty() {
        return about.getReadOnlyProperty();
    }

    /** One sentence instead of the list (nothing found, no briefing, a failure); empty while passages show. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Called by the view as the caret moves: the unit holding {@code offset} is now the passage followed. */
    public void caretMoved(int offset) {
        reader.documentProperty().get().unitAtOffset(offset).ifPresent(unit -> follow(unit.id()));
    }

    /** True while the Related tab is on screen; becoming active searches the current passage at once. */
    public void setActive(boolean on) {
        if (on == active) {
            return;
        }
        active = on;
        cancelWaiting();
        if (on) {
            asked = Optional.empty(); // the library may have changed while the tab was hidden
            search();
        }
    }

    /** Opens {@code hit}'s briefing at its passage. */
    public void open(SearchHit hit) {
        open.accept(hit.briefingId(), hit.unitId());
    }

    private void follow(String unitId) {
        followed = unitId == null ? "" : unitId;
        if (!active) {
            return;
        }
        cancelWaiting();
        if (current().equals(asked) && !asked.isEmpty()) {
            return;
        }
        waiting = parts.scheduler().schedule(DEBOUNCE, this::search);
    }

    /** The passage to search for now; empty when no briefing is shown or it has no passage. */
    private Optional<RelatedPassage> current() {
        ReaderDocument document = reader.documentProperty().get();
        String unitId = followed.isEmpty() ? reader.readingPositionProperty().get() : followed;
        return RelatedPassage.standingFor(document, unitId);
    }

    private void search() {
        waiting = null;
        long mine = ++sequence;
        Optional<RelatedPassage> passage = current();
        asked = passage;
        if (passage.isEmpty()) {
            show("", List.of(), reader.documentProperty().get().units().isEmpty() ? NO_BRIEFING : NONE_FOUND);
            return;
        }
        if (passages.isEmpty()) {
            status.set(SEARCHING);
        }
        RelatedPassage wanted = passage.get();
        parts.runner().run("find passages related to " + wanted.unitId(),
                () -> parts.access().open().related(wanted.briefingId(), wanted.unitId(), LIMIT),
                hits -> {
                    if (mine == sequence) {
                        show(wanted.about(), hits, hits.isEmpty() ? NONE_FOUND : "");
                    }
                },
                error -> {
                    if (mine == sequence) {
                        failed(error);
                    }
                });
    }

    private void failed(Throwable error) {
        asked = Optional.empty(); // the next move, or showing the tab again, tries again
        if (error instanceof IOException) {
            LOG.warn("Could not find related passages: {}", error.toString());
        } else {
            LOG.error("Could not find related passages", error);
        }
        String line = UserMessages.describe(error);
        show("", List.of(), Character.toUpperCase(line.charAt(0)) + line.substring(1) + ".");
    }

    private void show(String aboutLine, List<SearchHit> hits, String statusLine) {
        passages.setAll(hits);
        about.set(aboutLine);
        status.set(statusLine);
    }

    private void cancelWaiting() {
        if (waiting != null) {
            waiting.cancel();
            waiting = null;
        }
    }
}
