package org.briefingreader.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
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
 */
public final class BriefingViewModel {
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

    /** Shows {@code briefing}; {@code null} clears the reader. */
    public void show(Briefing briefing) {
        if (briefing == null) {
            clear();
            return;
        }
        title.set(briefing.title());
        meta.set(metaLine(briefing));
        subtitle.set(briefing.subtitle().orElse(""));
        copyright.set(briefing.copyright().orElse(""));
        captions.setAll(texts(briefing.captions()));
        summary.setAll(texts(briefing.summary()));
        lede.setAll(texts(briefing.lede()));
        sections.setAll(briefing.sections().stream().map(BriefingViewModel::readerSection).toList());
        // Last, so a view that scrolls to the top on a new id sees the new content already in place.
        briefingId.set(briefing.id());
        showing.set(true);
    }

    /** Empties every element. */
    public void clear() {
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
