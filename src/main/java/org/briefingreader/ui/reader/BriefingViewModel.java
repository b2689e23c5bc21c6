package org.briefingreader.ui.reader;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;

/**
 * What the reader shows of one briefing, element by element, as plain strings and lists.
 *
 * <p>Absent parts are empty strings or empty lists, so the view can hide them by binding. The seed briefing
 * gives the meta line {@code "May 25, 2018 · 08:30 GMT · 7 min read · Stratfor"}. The reading state lives in
 * {@link ReadingPosition} (the unit at the top, the current section, the moves, the remembered positions),
 * {@link ReadingFont} and {@link SearchMarking}; this class passes their commands through so the window has one
 * reader to talk to.
 */
public final class BriefingViewModel {
    /** Body font sizes, in pixels; headings and the title scale with it. */
    public static final double DEFAULT_FONT_SIZE = ReadingFont.DEFAULT_SIZE;
    public static final double MIN_FONT_SIZE = ReadingFont.MIN_SIZE;
    public static final double MAX_FONT_SIZE = ReadingFont.MAX_SIZE;

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper briefingId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meta = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper copyright = new ReadOnlyStringWrapper("");
    private final ReadOnlyListWrapper<String> captions = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> summary = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> lede = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<ReaderSection> sections =
            new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadingPosition position = new ReadingPosition();
    private final ReadingFont font = new ReadingFont();
    private final SearchMarking marks = new SearchMarking(position.documentProperty());
    private final HighlightMarking highlights = new HighlightMarking(position.documentProperty());

    /** Shows {@code briefing} where it was last read; {@code null} clears the reader. */
    public void show(Briefing briefing) {
        if (briefing == null) {
            clear();
            return;
        }
        title.set(briefing.title());
        meta.set(MetaLine.of(briefing));
        subtitle.set(briefing.subtitle().orElse(""));
        copyright.set(briefing.copyright().orElse(""));
        captions.setAll(texts(briefing.captions()));
        summary.setAll(texts(briefing.summary()));
        lede.setAll(texts(briefing.lede()));
        sections.setAll(briefing.sections().stream().map(ReaderSection::of).toList());
        briefingId.set(briefing.id());
        showing.set(true);
        position.open(ReaderDocument.of(briefing));
    }

    /** Empties every element. */
    public void clear() {
        position.close();
        showing.set(false);
        briefingId.set("");
        title.set("");
        meta.set("");
        subtitle.set("");
        copyright.set("");
        captions.clear();
        summary.clear();
        lede.clear();
        sections.clear();
    }

    /** True while a briefing is shown. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** The id of the briefing shown; empty when none. */
    public ReadOnlyStringProperty briefingIdProperty() {
        return briefingId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Date, time, read time, byline and source, joined by middle dots; only the parts the briefing has. */
    public ReadOnlyStringProperty metaProperty() {
        return meta.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty copyrightProperty() {
        return copyright.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<String> captionsProperty() {
        return captions.getReadOnlyProperty();
    }

    /** The summary bullets' texts, without bullet marks. */
    public ReadOnlyListProperty<String> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<String> ledeProperty() {
        return lede.getReadOnlyProperty();
    }

    /** The headed sections in order, with their kinds; also the outline. */
    public ReadOnlyListProperty<ReaderSection> sectionsProperty() {
        return sections.getReadOnlyProperty();
    }

    /** The reading state: the unit at the top, the passage selection, the jump listener, the place shown. */
    public ReadingPosition position() {
        return position;
    }

    /** The text and units the pane shows; {@link ReaderDocument#EMPTY} when no briefing is shown. */
    public ReadOnlyObjectProperty<ReaderDocument> documentProperty() {
        return position.documentProperty();
    }

    /** The view's way to scroll: it is given the id of the unit to bring to the top of the pane. */
    public void setScroller(Consumer<String> scroller) {
        position.setScroller(scroller);
    }

    /** Where the reading position of each briefing is kept; in memory for this window unless set. */
    public void setPositionMemory(PositionMemory memory) {
        position.setMemory(memory);
    }

    /** Called by the view as the reader scrolls: {@code unitId} is now the first visible unit. Unknown ids are ignored. */
    public void firstVisibleUnitChanged(String unitId) {
        position.topUnitChanged(unitId);
    }

    /** The reading position: the id of the first visible unit; empty when nothing is shown. */
    public ReadOnlyStringProperty readingPositionProperty() {
        return position.topUnitProperty();
    }

    /** The id of the section the first visible unit belongs to; empty before the first section. */
    public ReadOnlyStringProperty currentSectionProperty() {
        return position.currentSectionProperty();
    }

    /** Brings unit {@code unitId} of the shown briefing to the top; false when it has no such unit. */
    public boolean restorePosition(String unitId) {
        return position.restore(unitId);
    }

    /** Brings the heading of section {@code sectionId} to the top; false when there is no such section. */
    public boolean showSection(String sectionId) {
        return position.showSection(sectionId);
    }

    /** Like {@link #showSection}, as a jump: the place left goes to the jump listener first. */
    public boolean jumpToSection(String sectionId) {
        return position.jumpToSection(sectionId);
    }

    /** Shows the section after the current one (the first, from the title); false at the last section. */
    public boolean nextSection() {
        return position.nextSection();
    }

    /** Shows the section before the current one; false in the first section or before it. */
    public boolean previousSection() {
        return position.previousSection();
    }

    /** The search hits marked in the pane; {@link SearchMarks#NONE} again whenever another briefing is shown. */
    public ReadOnlyObjectProperty<SearchMarks> searchMarksProperty() {
        return marks.marksProperty();
    }

    /**
     * Marks {@code marks} in the shown briefing's text; the pane scrolls to the current hit when it differs from
     * the one marked before. Ranges beyond the text are dropped.
     */
    public void showSearchMarks(SearchMarks marks) {
        this.marks.show(marks);
    }

    /** The highlights painted in the pane; none again whenever another briefing is shown. */
    public ReadOnlyObjectProperty<List<PaneHighlight>> highlightsProperty() {
        return highlights.highlightsProperty();
    }

    /** Paints {@code highlights} on the shown briefing's text; ranges beyond the text are dropped. */
    public void showHighlights(List<PaneHighlight> highlights) {
        this.highlights.show(highlights);
    }

    /** The body font size in pixels. */
    public ReadOnlyDoubleProperty fontSizeProperty() {
        return font.sizeProperty();
    }

    /** Sets the body font size, clamped to {@link #MIN_FONT_SIZE}..{@link #MAX_FONT_SIZE}. */
    public void setFontSize(double pixels) {
        font.set(pixels);
    }

    /** The body font family, as CSS names it. */
    public javafx.beans.property.ReadOnlyStringProperty fontFamilyProperty() {
        return font.familyProperty();
    }

    /** Sets the body font family; a name CSS could not take safely is ignored. */
    public void setFontFamily(String family) {
        font.setFamily(family);
    }

    public void increaseFontSize() {
        font.increase();
    }

    public void decreaseFontSize() {
        font.decrease();
    }

    public void resetFontSize() {
        font.reset();
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }
}
