package org.briefingreader.ui.reader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The reader pane: the selected briefing as a column of wrapped labels (title, meta line, captions, subtitle,
 * summary bullets, lede, headed sections, copyright) with an outline of the section headings beside it.
 *
 * <p>Deliberately plain labels: the selectable, highlightable reading pane replaces this column later.
 * Each element has its own style class (see {@code briefing.css}) so tests and styles can find it.
 */
public final class BriefingView {
    /** A comfortable line length for body text, in pixels (about 75 characters at the body size). */
    private static final double MEASURE = 720;
    /** Below this reader width the outline is hidden, so the text column keeps a readable width. */
    private static final double OUTLINE_MIN_READER_WIDTH = 680;
    /** Space kept above a heading the outline scrolls to, so it does not sit flush with the edge. */
    private static final double SCROLL_MARGIN = 16;

    private final BriefingViewModel model;
    private final StackPane root = new StackPane();
    private final ScrollPane scroll = new ScrollPane();
    private final StackPane pageHolder = new StackPane();
    private final VBox summaryBox = new VBox();
    private final VBox ledeBox = new VBox();
    private final VBox sectionsBox = new VBox();
    private final VBox captionsBox = new VBox();
    private final VBox outlineLinks = new VBox();
    private final Map<String, Node> headingsById = new HashMap<>();

    public BriefingView(BriefingViewModel model) {
        this.model = Objects.requireNonNull(model, "model");

        VBox page = new VBox(
                boundLabel(model.titleProperty(), "briefing-title"),
                boundLabel(model.metaProperty(), "briefing-meta"),
                captionsBox,
                boundLabel(model.subtitleProperty(), "briefing-subtitle"),
                summaryBox,
                ledeBox,
                sectionsBox,
                boundLabel(model.copyrightProperty(), "briefing-copyright"));
        page.getStyleClass().add("briefing-page");
        page.setMaxWidth(MEASURE);

        captionsBox.getStyleClass().add("briefing-captions");
        summaryBox.getStyleClass().add("briefing-summary");
        ledeBox.getStyleClass().add("briefing-lede");
        sectionsBox.getStyleClass().add("briefing-sections");
        showWhenNotEmpty(captionsBox, model.captionsProperty());
        showWhenNotEmpty(summaryBox, model.summaryProperty());
        showWhenNotEmpty(ledeBox, model.ledeProperty());
        rebuildOnChange(model.captionsProperty(), this::fillCaptions);
        rebuildOnChange(model.summaryProperty(), this::fillSummary);
        rebuildOnChange(model.ledeProperty(), this::fillLede);
        rebuildOnChange(model.sectionsProperty(), this::fillSections);

        pageHolder.getChildren().add(page);
        pageHolder.setAlignment(Pos.TOP_CENTER);
        pageHolder.getStyleClass().add("briefing-page-holder");
        scroll.setContent(pageHolder);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("briefing-scroll");
        HBox.setHgrow(scroll, Priority.ALWAYS);
        model.briefingIdProperty().addListener((obs, old, id) -> scroll.setVvalue(0));
        // Labels take no focus, so a click in the text would leave the arrow, Page and Home/End keys with the
        // library list; give them to the scroll pane, which scrolls with them.
        scroll.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> scroll.requestFocus());

        HBox content = new HBox(scroll, outline());
        content.getStyleClass().add("briefing-content");
        content.visibleProperty().bind(model.showingProperty());

        Label placeholder = new Label("Select a briefing in the library to read it here.");
        placeholder.getStyleClass().add("briefing-placeholder");
        placeholder.visibleProperty().bind(model.showingProperty().not());

        root.getChildren().addAll(placeholder, content);
        root.getStyleClass().add("briefing-view");
        root.getStylesheets().add(BriefingView.class.getResource("briefing.css").toExternalForm());
    }

    /** The node to place in a window. */
    public Region root() {
        return root;
    }

    /** Scrolls so the heading of section {@code sectionId} is near the top; false when there is no such section. */
    public boolean scrollToSection(String sectionId) {
        Node heading = headingsById.get(sectionId);
        if (heading == null) {
            return false;
        }
        root.applyCss();
        root.layout();
        Bounds bounds = pageHolder.sceneToLocal(heading.localToScene(heading.getBoundsInLocal()));
        double overflow = pageHolder.getHeight() - scroll.getViewportBounds().getHeight();
        double target = overflow <= 0 ? 0 : (bounds.getMinY() - SCROLL_MARGIN) / overflow;
        scroll.setVvalue(Math.max(0, Math.min(1, target)));
        return true;
    }

    private Region outline() {
        Label heading = new Label("In this briefing");
        heading.getStyleClass().add("outline-heading");
        outlineLinks.getStyleClass().add("outline-links");
        VBox outline = new VBox(heading, outlineLinks);
        outline.getStyleClass().add("briefing-outline");
        outline.setMinWidth(Region.USE_PREF_SIZE);
        BooleanExpression wanted = Bindings.isNotEmpty(model.sectionsProperty())
                .and(root.widthProperty().greaterThanOrEqualTo(OUTLINE_MIN_READER_WIDTH));
        outline.visibleProperty().bind(wanted);
        outline.managedProperty().bind(wanted);
        return outline;
    }

    private void fillCaptions(List<String> texts) {
        captionsBox.getChildren().setAll(texts.stream().map(t -> (Node) wrapped(t, "briefing-caption")).toList());
    }

    private void fillSummary(List<String> texts) {
        summaryBox.getChildren().setAll(texts.stream().map(BriefingView::bullet).toList());
    }

    private void fillLede(List<String> texts) {
        ledeBox.getChildren().setAll(texts.stream()
                .map(t -> (Node) wrapped(t, "briefing-paragraph", "lede-paragraph")).toList());
    }

    private void fillSections(List<ReaderSection> sections) {
        headingsById.clear();
        sectionsBox.getChildren().clear();
        outlineLinks.getChildren().clear();
        for (ReaderSection section : sections) {
            Label heading = wrapped(section.heading(), "section-heading");
            headingsById.put(section.id(), heading);
            VBox box = new VBox(heading);
            box.getStyleClass().add("briefing-section");
            section.paragraphs().forEach(p -> box.getChildren().add(wrapped(p, "briefing-paragraph")));
            sectionsBox.getChildren().add(box);

            Hyperlink link = new Hyperlink(section.heading());
            link.getStyleClass().add("outline-link");
            link.setWrapText(true);
            link.setOnAction(event -> scrollToSection(section.id()));
            outlineLinks.getChildren().add(link);
        }
    }

    private static Node bullet(String text) {
        Label mark = new Label("\u2022");
        mark.getStyleClass().add("summary-bullet");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        Label body = wrapped(text, "summary-text");
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(mark, body);
        row.getStyleClass().add("summary-item");
        return row;
    }

    /** A label that wraps at the column width and never shortens its text with an ellipsis. */
    private static Label wrapped(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A wrapped label showing {@code text}, hidden and taking no space while the text is empty. */
    private static Label boundLabel(ObservableStringValue text, String styleClass) {
        Label label = wrapped("", styleClass);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static void showWhenNotEmpty(Node node, ObservableList<?> list) {
        BooleanExpression notEmpty = Bindings.isNotEmpty(list);
        node.visibleProperty().bind(notEmpty);
        node.managedProperty().bind(notEmpty);
    }

    private static <T> void rebuildOnChange(ObservableList<T> list, Consumer<List<T>> fill) {
        list.addListener((ListChangeListener<T>) change -> fill.accept(List.copyOf(list)));
        fill.accept(List.copyOf(list));
    }
}
