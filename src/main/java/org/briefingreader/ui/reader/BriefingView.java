package org.briefingreader.ui.reader;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * The reader pane: the selected briefing set as one read-only, selectable document (title, subtitle, captions,
 * summary bullets, lede, headings, paragraphs), with its meta line above it and an outline of the sections
 * beside it ({@link OutlineView}).
 *
 * <p>The text area holds exactly the briefing's canonical text (see {@link ReaderDocument}), so offsets of a
 * selection are canonical offsets. Each unit's paragraph carries its kind's style class ({@code unit-title},
 * {@code unit-heading}, ...; the blank paragraphs between units carry {@code unit-gap}), see {@code briefing.css}.
 * A unit whose text holds line breaks fills several paragraphs of its class. A list item's paragraphs also carry
 * {@value #LIST_ITEM_CLASS} and a graphic beside them showing its bullet or number ({@value #LIST_MARK_CLASS}),
 * never characters in the text; the gap between two items of a list also carries {@value #LIST_GAP_CLASS}.
 * Ctrl+=, Ctrl+- and Ctrl+0 change the font size. Search hits are marked with segment classes ({@code search-hit}, {@code search-current}), and the
 * view scrolls to each new current hit, see {@link BriefingViewModel#showSearchMarks}. Highlights are painted in
 * the same change ({@code highlight} and {@code highlight-<category>}), see {@link BriefingViewModel#showHighlights}.
 */
public final class BriefingView {
    /** Width of the text column in ems of the body size: about 70 characters of serif text. */
    private static final double MEASURE_EM = 34;
    /** The least space either side of the text column, in pixels. */
    private static final double MIN_SIDE = 28;
    private static final String GAP_CLASS = "unit-gap";
    /** Paragraph class of every line of a list item, and of the (smaller) gap between two items of a list. */
    static final String LIST_ITEM_CLASS = "list-item";
    static final String LIST_GAP_CLASS = "list-gap";
    /** Class of the label beside a list item showing its bullet or number. */
    static final String LIST_MARK_CLASS = "list-mark";
    /** Segment classes of the search marks, see {@code briefing.css}. */
    static final String HIT_CLASS = "search-hit";
    static final String CURRENT_CLASS = "search-current";

    private final BriefingViewModel model;
    private final StackPane root = new StackPane();
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private ReaderDocument shown = ReaderDocument.EMPTY;
    /** True while some text carries a segment style; a text without marks is then not restyled for nothing. */
    private boolean marked;

    public BriefingView(BriefingViewModel model) {
        this.model = Objects.requireNonNull(model, "model");

        area.setEditable(false);
        area.setWrapText(true);
        // Ctrl+Z belongs to the application, and a recording undo manager would only ever hold our own loads.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.getStyleClass().add("briefing-text");
        area.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx; -fx-font-family: \"%s\";",
                        model.fontSizeProperty().get(), model.fontFamilyProperty().get()),
                model.fontSizeProperty(), model.fontFamilyProperty()));
        DoubleBinding side = Bindings.createDoubleBinding(
                () -> Math.max(MIN_SIDE, (area.getWidth() - model.fontSizeProperty().get() * MEASURE_EM) / 2),
                area.widthProperty(), model.fontSizeProperty());
        // Sides only: the flow clips at its padding, so top or bottom padding would cut lines off mid-scroll.
        area.paddingProperty().bind(Bindings.createObjectBinding(
                () -> new Insets(0, side.get(), 0, side.get()), side));
        area.setParagraphGraphicFactory(this::paragraphMark);

        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        // The text wraps; but the pane counts the area's padding as content width and would show a stray bar.
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("briefing-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label meta = boundLabel(model.metaProperty(), "briefing-meta");
        Label copyright = boundLabel(model.copyrightProperty(), "briefing-copyright");
        for (Label label : List.of(meta, copyright)) {
            label.maxWidthProperty().bind(model.fontSizeProperty().multiply(MEASURE_EM));
        }
        VBox column = new VBox(meta, scroll, copyright);
        column.setAlignment(Pos.TOP_CENTER);
        column.getStyleClass().add("briefing-column");
        HBox.setHgrow(column, Priority.ALWAYS);

        model.documentProperty().addListener((obs, old, document) -> load(document));
        PanePosition position = new PanePosition(area, model, () -> shown);
        model.setScroller(position::scrollTo);
        model.position().setSelector(passage -> area.selectRange(passage.start(), passage.end()));
        model.searchMarksProperty().addListener((obs, old, marks) -> {
            if (shown != model.documentProperty().get()) {
                return; // marks of a document this view has not loaded yet: load() paints them
            }
            paintMarks(marks);
            marks.current().filter(current -> !marks.current().equals(old.current())).ifPresent(current -> {
                position.reveal(current.start());
                area.moveTo(current.start());
            });
        });
        model.highlightsProperty().addListener((obs, old, highlights) -> {
            if (shown == model.documentProperty().get()) {
                paintMarks(model.searchMarksProperty().get());
            }
        });
        load(model.documentProperty().get());

        HBox content = new HBox(column, new OutlineView(model, root.widthProperty()).root());
        content.getStyleClass().add("briefing-content");
        content.visibleProperty().bind(model.showingProperty());

        Label placeholder = new Label("Select a briefing in the library to read it here.");
        placeholder.getStyleClass().add("briefing-placeholder");
        placeholder.visibleProperty().bind(model.showingProperty().not());

        root.getChildren().addAll(placeholder, content);
        root.getStyleClass().add("briefing-view");
        root.getStylesheets().add(BriefingView.class.getResource("briefing.css").toExternalForm());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
    }

    /** The node to place in a window. */
    public Region root() {
        return root;
    }

    /** The text area, for the parts of the window that work on the text (selection, highlights). */
    public StyleClassedTextArea textArea() {
        return area;
    }

    /** Scrolls so the heading of section {@code sectionId} is at the top; false when there is no such section. */
    public boolean scrollToSection(String sectionId) {
        return model.showSection(sectionId);
    }

    /** Replaces the whole text in one change, so the area lays out once however long the briefing is. */
    private void load(ReaderDocument document) {
        shown = document;
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of());
        List<ReaderUnit> units = document.units();
        for (int i = 0; i < units.size(); i++) {
            ReaderUnit unit = units.get(i);
            if (i > 0) {
                // Items of one list sit closer together than paragraphs: their gap is drawn smaller, not removed.
                boolean withinList = unit.isListItem() && units.get(i - 1).isListItem();
                builder.addParagraph("", List.of(),
                        withinList ? List.of(GAP_CLASS, LIST_GAP_CLASS) : List.of(GAP_CLASS));
            }
            List<String> style = unit.isListItem()
                    ? List.of(unit.kind().styleClass(), LIST_ITEM_CLASS) : List.of(unit.kind().styleClass());
            // The area keeps one paragraph per line: a unit's line breaks start paragraphs of the same style.
            for (String line : unit.text().split("\n", -1)) {
                builder.addParagraph(line, List.of(), style);
            }
        }
        if (units.isEmpty()) {
            builder.addParagraph("", List.of(), List.of());
        }
        area.replace(0, area.getLength(), builder.build());
        marked = false;
        paintMarks(model.searchMarksProperty().get());
    }

    /**
     * Sets the segment styles of the whole text in one change: {@value #HIT_CLASS} on every hit,
     * {@value #CURRENT_CLASS} also on the current one, {@code highlight} and its category's class on each
     * highlight, nothing elsewhere. Paragraph styles stay.
     */
    private void paintMarks(SearchMarks marks) {
        List<PaneHighlight> highlights = model.highlightsProperty().get();
        if (marks.isEmpty() && highlights.isEmpty() && !marked) {
            return;
        }
        TextLayers layers = new TextLayers();
        for (PaneHighlight highlight : highlights) {
            layers.add(highlight.range(), PaneHighlight.STYLE_CLASS);
            highlight.categoryClass().ifPresent(category -> layers.add(highlight.range(), category));
        }
        layers.addAll(marks.all(), HIT_CLASS);
        marks.current().ifPresent(current -> layers.add(current, CURRENT_CLASS));
        area.setStyleSpans(0, layers.spans(area.getLength()));
        marked = !marks.isEmpty() || !highlights.isEmpty();
    }

    /**
     * The mark beside a paragraph, drawn by the area rather than written into the text, so the text stays the
     * canonical text: a bullet beside each summary paragraph, and beside each list item its bullet or number.
     * The area lays the text out to the right of the mark, so a wrapped item hangs from its mark; later lines of
     * a list item (a unit holding line breaks) get an empty mark of the same width and line up with the first.
     */
    private Node paragraphMark(int paragraph) {
        ReaderUnit unit = shown.unitShownAt(paragraph).orElse(null);
        if (unit == null || unit.kind() != ReaderUnit.Kind.SUMMARY && !unit.isListItem()) {
            return null;
        }
        boolean first = shown.paragraphOf(unit.id()).orElse(-1) == paragraph;
        if (unit.kind() == ReaderUnit.Kind.SUMMARY) {
            // Summary points are bullets already; a numbered summary shows its numbers instead.
            if (!first) {
                return null;
            }
            Label mark = new Label(unit.isListItem() ? unit.listMark() : ReaderUnit.BULLET);
            mark.getStyleClass().add("summary-bullet");
            return mark;
        }
        Label mark = new Label(first ? unit.listMark() : "");
        mark.getStyleClass().add(LIST_MARK_CLASS);
        mark.setMinWidth(Region.USE_PREF_SIZE);
        return mark;
    }

    private void onKeyPressed(KeyEvent event) {
        if (!event.isShortcutDown()) {
            return;
        }
        switch (event.getCode()) {
            // In the window these come first to ReaderKeys, wherever the focus is; here for the pane alone.
            case EQUALS, PLUS, ADD -> model.increaseFontSize();
            case MINUS, SUBTRACT -> model.decreaseFontSize();
            case DIGIT0, NUMPAD0 -> model.resetFontSize();
            // A read-only area still cuts; the briefing's text must not change under the reader.
            case X -> area.copy();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** A wrapped label showing {@code text}, hidden and taking no space while the text is empty. */
    private static Label boundLabel(ObservableStringValue text, String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
