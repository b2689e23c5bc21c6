package org.briefingreader.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.briefingreader.domain.SectionKind;

/**
 * The kind chips under the search box: "All 14", then one per section kind with matches ("History 3"), in the kinds'
 * order; choosing one filters the hits. While typing changes only the counts, the chips are relabelled in place
 * rather than made again, so a keystroke adds no nodes for the FX thread to style.
 */
final class KindChips {
    private final SearchViewModel model;
    private final FlowPane pane = new FlowPane(4, 4);
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Optional<SectionKind>, ToggleButton> shown = new LinkedHashMap<>();

    KindChips(SearchViewModel model) {
        this.model = model;
        pane.getStyleClass().add("search-chips");
        model.shownProperty().addListener((obs, old, outcome) -> show(outcome));
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                @SuppressWarnings("unchecked")
                Optional<SectionKind> kind = (Optional<SectionKind>) toggle.getUserData();
                model.kindProperty().set(kind);
            }
        });
    }

    Region root() {
        return pane;
    }

    private void show(Optional<SearchOutcome> outcome) {
        Map<Optional<SectionKind>, String> wanted = new LinkedHashMap<>();
        outcome.ifPresent(o -> {
            wanted.put(Optional.empty(), "All " + o.allMatches());
            for (SectionKind kind : SectionKind.values()) {
                long count = o.kindCounts().getOrDefault(kind, 0L);
                if (count > 0) {
                    wanted.put(Optional.of(kind), label(kind) + " " + count);
                }
            }
        });
        if (!new ArrayList<>(wanted.keySet()).equals(new ArrayList<>(shown.keySet()))) {
            shown.clear();
            group.getToggles().clear();
            List<ToggleButton> chips = new ArrayList<>();
            wanted.keySet().forEach(kind -> chips.add(chip(kind)));
            pane.getChildren().setAll(chips);
        }
        wanted.forEach((kind, text) -> shown.get(kind).setText(text));
    }

    private ToggleButton chip(Optional<SectionKind> kind) {
        ToggleButton chip = new ToggleButton();
        chip.setUserData(kind);
        chip.getStyleClass().add("search-chip");
        chip.setFocusTraversable(false);
        chip.setSelected(model.kindProperty().get().equals(kind));
        chip.setToggleGroup(group);
        shown.put(kind, chip);
        return chip;
    }

    private static String label(SectionKind kind) {
        String name = kind.label();
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
