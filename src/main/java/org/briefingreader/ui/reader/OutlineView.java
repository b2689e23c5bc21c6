package org.briefingreader.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableDoubleValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.briefingreader.domain.SectionKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The outline beside the reading column: one link per section, with an icon for the section's kind; a click
 * jumps there (a jump, so Back returns), and the section the reader is in is marked {@code :current}.
 */
final class OutlineView {
    /** Below this reader width the outline is hidden, so the text column keeps a readable width. */
    private static final double MIN_READER_WIDTH = 680;
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final BriefingViewModel model;
    private final VBox links = new VBox();
    private final VBox root;

    OutlineView(BriefingViewModel model, ObservableDoubleValue readerWidth) {
        this.model = Objects.requireNonNull(model, "model");
        Label heading = new Label("In this briefing");
        heading.getStyleClass().add("outline-heading");
        links.getStyleClass().add("outline-links");
        root = new VBox(heading, links);
        root.getStyleClass().add("briefing-outline");
        root.setMinWidth(Region.USE_PREF_SIZE);
        BooleanExpression wanted = Bindings.isNotEmpty(model.sectionsProperty())
                .and(Bindings.greaterThanOrEqual(readerWidth, MIN_READER_WIDTH));
        root.visibleProperty().bind(wanted);
        root.managedProperty().bind(wanted);
        model.documentProperty().addListener((obs, old, document) -> fill(document));
        model.currentSectionProperty().addListener((obs, old, id) -> markCurrent(id));
        fill(model.documentProperty().get());
    }

    Region root() {
        return root;
    }

    /** The icon of a section kind: what the section does in the analysis, at a glance. */
    static Ikon icon(SectionKind kind) {
        return switch (kind) {
            case CONTEXT -> MaterialDesignE.EARTH;
            case HISTORY -> MaterialDesignH.HISTORY;
            case MOTIVATIONS -> MaterialDesignB.BULLSEYE_ARROW;
            case CONSTRAINTS -> MaterialDesignB.BLOCK_HELPER;
            case OUTLOOK -> MaterialDesignT.TELESCOPE;
            case SUMMARY -> MaterialDesignF.FORMAT_LIST_BULLETED;
            case OTHER -> MaterialDesignT.TEXT_SHORT;
        };
    }

    private void fill(ReaderDocument document) {
        List<Node> items = new ArrayList<>();
        for (ReaderUnit unit : document.units()) {
            if (unit.kind() == ReaderUnit.Kind.HEADING) {
                FontIcon icon = new FontIcon(icon(unit.sectionKind()));
                icon.getStyleClass().add("outline-icon");
                Hyperlink link = new Hyperlink(unit.text(), icon);
                link.getStyleClass().add("outline-link");
                link.setUserData(unit.id());
                link.setWrapText(true);
                link.setFocusTraversable(false);
                link.setOnAction(event -> model.jumpToSection(unit.id()));
                items.add(link);
            }
        }
        links.getChildren().setAll(items);
        markCurrent(model.currentSectionProperty().get());
    }

    private void markCurrent(String sectionId) {
        links.getChildren().forEach(link ->
                link.pseudoClassStateChanged(CURRENT, Objects.equals(link.getUserData(), sectionId)));
    }
}
