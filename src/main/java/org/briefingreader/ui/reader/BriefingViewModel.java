package org.briefingreader.ui.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.briefingreader.domain.Briefing;
import org.briefingreader.domain.Paragraph;
import org.briefingreader.domain.Section;
import org.briefingreader.ui.support.DisplayFormats;

/**
 * What the reader shows of one briefing, element by element, as plain strings and lists.
 *
 * <p>Absent parts are empty strings or empty lists, so the view can hide them by binding. The seed briefing
 * gives the meta line {@code "May 25, 2018 · 08:30 GMT · 7 min read · Stratfor"}.
 *
 * <p>It also keeps the reading state: the {@link ReaderDocument} the pane shows, the unit at the top of the
 * pane (reported by the view) and so the current section, the reading position of every briefing shown
 * before (restored when it is shown again), and the font size.
 */
public final class BriefingViewModel {
    /** Body font sizes, in pixels; headings and the title scale with it. */
    public static final double DEFAULT_FONT_SIZE = 16;
    public static final double MIN_FONT_SIZE = 10;
    public static final double MAX_FONT_SIZE = 32;
    private static final double FONT_STEP = 2;

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
    private final ReadOnlyObjectWrapper<ReaderDocument> document = new ReadOnlyObjectWrapper<>(ReaderDocument.EMPTY);
    private final ReadOnlyStringWrapper firstVisibleUnit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper currentSection = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper fontSize = new ReadOnlyDoubleWrapper(DEFAULT_FONT_SIZE);
    /** Briefing id to the unit that was at the top of the pane when the reader last left it. */
    private final Map<String, String> positions = new HashMap<>();
    private Consumer<String> scroller = unitId -> { };

    /** Shows {@code briefing}; {@code null} clears the reader. */
    public void show(Briefing briefing) {
        if (briefing == null) {
            clear();
            return;
        }
        rememberPosition();
        title.set(briefing.title());
        meta.set(metaLine(briefing));
        subtitle.set(briefing.subtitle().orElse(""));
        copyright.set(briefing.copyright().orElse(""));
        captions.setAll(texts(briefing.captions()));
        summary.setAll(texts(briefing.summary()));
        lede.setAll(texts(briefing.lede()));
        sections.setAll(briefing.sections().stream().map(BriefingViewModel::readerSection).toList());
        ReaderDocument next = ReaderDocument.of(briefing);
        firstVisibleUnit.set("");
        currentSection.set("");
        document.set(next);
        briefingId.set(briefing.id());
        showing.set(true);
        // After the document, so the view has the new text in place when asked to scroll.
        if (!next.units().isEmpty()) {
            scrollTo(positions.getOrDefault(briefing.id(), next.units().get(0).id()));
        }
    }

    /** Empties every element. */
    public void clear() {
        rememberPosition();
        document.set(ReaderDocument.EMPTY);
        firstVisibleUnit.set("");
        currentSection.set("");
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

    /** The headed sections in order; also the outline. */
    public ReadOnlyListProperty<ReaderSection> sectionsProperty() {
        return sections.getReadOnlyProperty();
    }

    /** The text and units the pane shows; {@link ReaderDocument#EMPTY} when no briefing is shown. */
    public ReadOnlyObjectProperty<ReaderDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The view's way to scroll: it is given the id of the unit to bring to the top of the pane. */
    public void setScroller(Consumer<String> scroller) {
        this.scroller = Objects.requireNonNull(scroller, "scroller");
    }

    /** Called by the view as the reader scrolls: {@code unitId} is now the first visible unit. Unknown ids are ignored. */
    public void firstVisibleUnitChanged(String unitId) {
        document.get().unit(unitId).ifPresent(unit -> {
            firstVisibleUnit.set(unit.id());
            currentSection.set(unit.sectionId());
        });
    }

    /** The reading position: the id of the first visible unit; empty when nothing is shown. */
    public ReadOnlyStringProperty readingPositionProperty() {
        return firstVisibleUnit.getReadOnlyProperty();
    }

    /** The id of the section the first visible unit belongs to; empty before the first section. */
    public ReadOnlyStringProperty currentSectionProperty() {
        return currentSection.getReadOnlyProperty();
    }

    /** Brings unit {@code unitId} of the shown briefing to the top; false when it has no such unit. */
    public boolean restorePosition(String unitId) {
        return document.get().unit(unitId).isPresent() && scrollTo(unitId);
    }

    /** Brings the heading of section {@code sectionId} to the top; false when there is no such section. */
    public boolean showSection(String sectionId) {
        return document.get().sectionIds().contains(sectionId) && scrollTo(sectionId);
    }

    /** Shows the section after the current one (the first, from the title); false at the last section. */
    public boolean nextSection() {
        List<String> ids = document.get().sectionIds();
        int next = ids.indexOf(currentSection.get()) + 1;
        return next < ids.size() && showSection(ids.get(next));
    }

    /** Shows the section before the current one; false in the first section or before it. */
    public boolean previousSection() {
        List<String> ids = document.get().sectionIds();
        int current = ids.indexOf(currentSection.get());
        return current > 0 && showSection(ids.get(current - 1));
    }

    /** The body font size in pixels. */
    public ReadOnlyDoubleProperty fontSizeProperty() {
        return fontSize.getReadOnlyProperty();
    }

    public void increaseFontSize() {
        fontSize.set(Math.min(MAX_FONT_SIZE, fontSize.get() + FONT_STEP));
    }

    public void decreaseFontSize() {
        fontSize.set(Math.max(MIN_FONT_SIZE, fontSize.get() - FONT_STEP));
    }

    public void resetFontSize() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }

    /**
     * Asks the view to scroll, and takes the target as the position at once: a view without a toolkit (or one
     * that cannot scroll that far, at the end of the text) may not report back, and next/previous must still
     * move on from here.
     */
    private boolean scrollTo(String unitId) {
        firstVisibleUnitChanged(unitId);
        scroller.accept(unitId);
        return true;
    }

    private void rememberPosition() {
        if (!briefingId.get().isEmpty() && !firstVisibleUnit.get().isEmpty()) {
            positions.put(briefingId.get(), firstVisibleUnit.get());
        }
    }

    static String metaLine(Briefing briefing) {
        List<String> parts = new ArrayList<>();
        briefing.published().ifPresent(when -> {
            parts.add(DisplayFormats.date(when));
            parts.add(DisplayFormats.time(when));
        });
        briefing.readTime().map(DisplayFormats::readTime).ifPresent(parts::add);
        briefing.byline().map(BriefingViewModel::byline).ifPresent(parts::add);
        briefing.source().ifPresent(parts::add);
        return String.join(DisplayFormats.SEPARATOR, parts);
    }

    /** "Jane Doe" reads as "By Jane Doe"; a byline that already says "By ..." is left alone. */
    private static String byline(String names) {
        return names.regionMatches(true, 0, "by ", 0, 3) ? names : "By " + names;
    }

    private static ReaderSection readerSection(Section section) {
        return new ReaderSection(section.id(), section.heading(), texts(section.paragraphs()));
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }
}
