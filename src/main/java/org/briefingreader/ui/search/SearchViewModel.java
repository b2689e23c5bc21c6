package org.briefingreader.ui.search;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import org.briefingreader.domain.SearchHit;
import org.briefingreader.domain.SectionKind;
import org.briefingreader.domain.Suggestion;
import org.briefingreader.ui.support.UserMessages;

/**
 * The Search tab's state: the query as typed, where it looks (this briefing or the library), the chosen kind chip,
 * and what the last answered search found, as rows to list, chip counts, completions and a spelling correction.
 *
 * <p>When typing searches and which answers are shown is {@link TypingSearches}' part: at once after a pause,
 * once per burst of keys, every search off the FX thread, and never an answer to an older request than the newest.
 * The scope and the chips search at once. Enter, F3 and Shift+F3 walk the hits in the order listed
 * ({@link #next()}, {@link #previous()}); Escape hands the reader back ({@link #leave()}).
 */
public final class SearchViewModel {
    /** Keys closer together than this are a burst, searched once when it ends. */
    public static final Duration TYPING_PAUSE = Duration.ofMillis(50);

    private final ObservableStringValue shownBriefing;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<SearchScope> scope = new SimpleObjectProperty<>(this, "scope", SearchScope.LIBRARY);
    private final ObjectProperty<Optional<SectionKind>> kind =
            new SimpleObjectProperty<>(this, "kind", Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<SearchOutcome>> shown =
            new ReadOnlyObjectWrapper<>(this, "shown", Optional.empty());
    private final ReadOnlyListWrapper<ResultRow> rows = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<Suggestion> suggestions =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper didYouMean = new ReadOnlyStringWrapper(this, "didYouMean", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final HitWalk walk = new HitWalk();
    private final TypingSearches searches;
    /** True while the box is filled from a completion: that text needs no completions of its own. */
    private boolean choosing;

    /** @param shownBriefing the id of the briefing in the reader ("" when none): the scope of a briefing search */
    public SearchViewModel(SearchParts parts, ObservableStringValue shownBriefing) {
        this.searches = new TypingSearches(parts, TYPING_PAUSE, this::request, this::show, this::failed);
        this.shownBriefing = Objects.requireNonNull(shownBriefing, "shownBriefing");
        query.addListener((obs, old, text) -> afterTyping());
        scope.addListener((obs, old, now) -> searchNow());
        kind.addListener((obs, old, now) -> searchNow());
        shownBriefing.addListener((obs, old, id) -> {
            if (scope.get() == SearchScope.BRIEFING && !query.get().isBlank()) {
                searchNow();
            }
        });
    }

    /** Where {@link #next()} and the result rows send the reader. */
    public void setNavigator(HitNavigator navigator) {
        walk.setNavigator(navigator);
    }

    /** The text in the box, in the query language; searches after each pause in typing. */
    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<SearchScope> scopeProperty() {
        return scope;
    }

    /** The chosen kind chip; empty for "All". */
    public ObjectProperty<Optional<SectionKind>> kindProperty() {
        return kind;
    }

    /** What the rows, chips and correction show now: the newest answered search; empty before the first. */
    public ReadOnlyObjectProperty<Optional<SearchOutcome>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The results grouped by briefing and section, flattened for a list. */
    public ReadOnlyListProperty<ResultRow> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Completions of the text typed, best first; empty once one is chosen. */
    public ReadOnlyListProperty<Suggestion> suggestionsProperty() {
        return suggestions.getReadOnlyProperty();
    }

    /** A corrected query when nothing was found and the correction finds something; else "". */
    public ReadOnlyStringProperty didYouMeanProperty() {
        return didYouMean.getReadOnlyProperty();
    }

    /** One line about the results: how many, what was ignored of the query, or why searching failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The index in the walk of the hit shown as current; -1 when none. */
    public ReadOnlyIntegerProperty currentProperty() {
        return walk.currentProperty();
    }

    /** The current hit, if one is shown. */
    public Optional<SearchHit> currentHit() {
        return walk.currentHit();
    }

    /** Starts searching {@code where}: Ctrl+F for this briefing, Ctrl+Shift+F for the library. */
    public void searchIn(SearchScope where) {
        scope.set(Objects.requireNonNull(where, "where"));
    }

    /**
     * Puts a completion in the box and searches for it (without completing it again); a heading or a title also
     * opens its section or briefing, as choosing it in an outline would.
     */
    public void choose(Suggestion suggestion) {
        choosing = true;
        try {
            query.set(suggestion.text());
        } finally {
            choosing = false;
        }
        suggestions.clear();
        searchNow();
        if (suggestion.kind() != Suggestion.Kind.WORD) {
            suggestion.briefingId().ifPresent(id -> walk.navigator().open(id, suggestion.sectionId()));
        }
    }

    /** Searches for the correction offered; false when none is. */
    public boolean acceptCorrection() {
        if (didYouMean.get().isEmpty()) {
            return false;
        }
        query.set(didYouMean.get());
        searchNow();
        return true;
    }

    /** Hides the completions until the text changes again. */
    public void dismissSuggestions() {
        suggestions.clear();
    }

    /** Shows the next hit (the first, when none is current), wrapping at the end; false when there are none. */
    public boolean next() {
        return walk.next();
    }

    /** Shows the hit before the current one (the last, when none is current), wrapping; false when there are none. */
    public boolean previous() {
        return walk.previous();
    }

    /** Shows hit {@code index} of the walk (a click on its row); false when there is no such hit. */
    public boolean show(int index) {
        return walk.show(index);
    }

    /** Escape: the reader goes back to where it was before the first hit was shown; the results stay listed. */
    public void leave() {
        suggestions.clear();
        walk.leave();
    }

    /** Searches again now for what is in the box (the index or the library changed). */
    public void refresh() {
        if (!query.get().isBlank()) {
            searchNow();
        }
    }

    /** Lists more hits of the query shown: the next {@link SearchOutcome#MORE}; false when there are no more. */
    public boolean showMore() {
        Optional<ResultRow> last = rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
        if (!(last.orElse(null) instanceof ResultRow.MoreRow more) || shown.get().isEmpty()) {
            return false;
        }
        searches.now(shown.get().get().results().hits().size() + more.next());
        return true;
    }

    private void afterTyping() {
        if (choosing) {
            return;
        }
        if (query.get().isBlank()) {
            searches.stop();
            clear();
        } else {
            searches.typed();
        }
    }

    private void searchNow() {
        if (query.get().isBlank()) {
            searches.stop();
            clear();
        } else {
            searches.now(SearchOutcome.PAGE);
        }
    }

    private Optional<SearchRequest> request(long sequence, boolean suggest, int limit) {
        String briefing = shownBriefing.get();
        if (scope.get() == SearchScope.BRIEFING && briefing.isEmpty()) {
            clear();
            status.set("Open a briefing to search it, or search the library (Ctrl+Shift+F).");
            return Optional.empty();
        }
        return Optional.of(new SearchRequest(sequence, query.get(), scope.get(),
                scope.get() == SearchScope.BRIEFING ? Optional.of(briefing) : Optional.empty(), kind.get(), suggest,
                limit));
    }

    private void failed(Throwable error) {
        clear();
        status.set("Search failed: " + UserMessages.describe(error).replaceAll("[.]$", "") + ".");
    }

    private void show(SearchOutcome outcome) {
        walk.reset(SearchRows.walk(outcome));
        rows.setAll(SearchRows.of(outcome));
        // The same completions again (the next letter of a word) leave the list, its rows and selection alone.
        if (outcome.request().suggest() && !suggestions.equals(outcome.suggestions())) {
            suggestions.setAll(outcome.suggestions());
        }
        didYouMean.set(outcome.didYouMean().orElse(""));
        status.set(SearchRows.status(outcome));
        shown.set(Optional.of(outcome));
    }

    private void clear() {
        walk.reset(List.of());
        rows.clear();
        suggestions.clear();
        didYouMean.set("");
        status.set("");
        shown.set(Optional.empty());
    }
}
