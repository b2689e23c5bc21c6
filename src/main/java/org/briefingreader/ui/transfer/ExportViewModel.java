package org.briefingreader.ui.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.briefingreader.app.AnnotationException;
import org.briefingreader.app.ExportFilter;
import org.briefingreader.app.ExportService;
import org.briefingreader.domain.annotation.ExportedNotes;
import org.briefingreader.ui.support.BackgroundRunner;
import org.briefingreader.ui.support.DisplayFormats;
import org.briefingreader.ui.support.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Export Notes dialog's state: format, scope and CSV byte-order mark chosen; a preview of the start of the
 * export and how many notes it holds, made again in the background whenever a choice changes (an answer to an
 * older choice is dropped); and the export itself, written whole or not at all. Needs no toolkit.
 */
public final class ExportViewModel {
    /** How much of the export the preview shows: a screenful or two, never a whole library. */
    static final int PREVIEW_CHARS = 6_000;
    static final String PREPARING = "Preparing the preview\u2026";

    private static final Logger LOG = LoggerFactory.getLogger(ExportViewModel.class);

    private final ExportAccess access;
    private final BackgroundRunner runner;
    private final Optional<String> briefingId;
    private final String briefingTitle;
    private final ExportSelection current;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format",
            ExportFormat.MARKDOWN);
    private final ObjectProperty<ExportScope> scope;
    private final BooleanProperty bom = new SimpleBooleanProperty(this, "bom");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(this, "writing");
    /** Increases with every preview started; only the answer to the latest is shown. */
    private long sequence;

    /**
     * @param briefingId    the briefing shown, if any ("This briefing" needs one)
     * @param briefingTitle its title, for the dialog and the file name
     * @param current       what the Notes tab lists now
     */
    public ExportViewModel(ExportAccess access, BackgroundRunner runner, Optional<String> briefingId,
            String briefingTitle, ExportSelection current) {
        this.access = Objects.requireNonNull(access, "access");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.briefingId = Objects.requireNonNull(briefingId, "briefingId").filter(id -> !id.isEmpty());
        this.briefingTitle = Objects.requireNonNull(briefingTitle, "briefingTitle");
        this.current = Objects.requireNonNull(current, "current");
        scope = new SimpleObjectProperty<>(this, "scope",
                this.briefingId.isPresent() ? ExportScope.BRIEFING : ExportScope.LIBRARY);
        format.addListener(obs -> refresh());
        scope.addListener(obs -> refresh());
        bom.addListener(obs -> refresh());
        refresh();
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<ExportScope> scopeProperty() {
        return scope;
    }

    /** Whether a CSV export starts with a byte-order mark (Excel needs it to read UTF-8); other formats ignore it. */
    public BooleanProperty bomProperty() {
        return bom;
    }

    /** The start of the export as text; empty while it is made or when it failed. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** "14 notes from 3 briefings", or that the preview is being made. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the preview or the export failed, in one line; empty when nothing failed. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while the export file is written. */
    public ReadOnlyBooleanProperty writingProperty() {
        return writing.getReadOnlyProperty();
    }

    /** Whether {@code choice} can be exported: "This briefing" only while a briefing is shown. */
    public boolean offers(ExportScope choice) {
        return choice != ExportScope.BRIEFING || briefingId.isPresent();
    }

    /** What a scope takes, in a few words, shown beside it. */
    public String detail(ExportScope choice) {
        return switch (choice) {
            case BRIEFING -> briefingId.isPresent() ? briefingTitle : "no briefing is open";
            case CURRENT_FILTER -> "the Notes tab: " + current.describe();
            case LIBRARY -> "every note";
        };
    }

    /** The filter the chosen scope stands for. */
    public ExportFilter filter() {
        return switch (scope.get()) {
            case BRIEFING -> new ExportFilter(briefingId, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
            case CURRENT_FILTER -> current.filter();
            case LIBRARY -> ExportFilter.ALL;
        };
    }

    /** A file name for the chosen scope and format: {@code japan-russia-notes.md}, {@code library-notes.csv}. */
    public String defaultFileName() {
        String stem = switch (scope.get()) {
            case BRIEFING -> briefingId.map(ExportViewModel::slug).orElse("briefing") + "-notes";
            case CURRENT_FILTER -> "filtered-notes";
            case LIBRARY -> "library-notes";
        };
        return stem + "." + format.get().extension();
    }

    /** Makes the preview again for the current choices. */
    public void refresh() {
        long mine = ++sequence;
        ExportFilter filter = filter();
        ExportFormat chosen = format.get();
        boolean withBom = bom.get();
        summary.set(PREPARING);
        error.set("");
        runner.run("preview the " + chosen.key() + " export of " + filter.describe(),
                () -> render(filter, chosen, withBom),
                answer -> {
                    if (mine == sequence) {
                        preview.set(answer.preview());
                        summary.set(answer.summary());
                    }
                },
                failure -> {
                    if (mine == sequence) {
                        preview.set("");
                        summary.set("");
                        error.set(failed("make the preview", failure));
                    }
                });
    }

    /**
     * Writes the export for the current choices to {@code target} in the background; {@code done} is given a
     * sentence saying what was written where. A failure shows in {@link #errorProperty()} and writes nothing.
     */
    public void export(Path target, Consumer<String> done) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(done, "done");
        ExportFilter filter = filter();
        ExportFormat chosen = format.get();
        boolean withBom = bom.get();
        writing.set(true);
        error.set("");
        runner.run("export notes to " + target, () -> {
            Rendered rendered = render(filter, chosen, withBom);
            access.write(target, out -> out.write(rendered.bytes()));
            return rendered;
        }, written -> {
            writing.set(false);
            done.accept("Exported " + written.summary() + " as " + chosen.label() + " to " + target + ".");
        }, failure -> {
            writing.set(false);
            error.set(failed("export the notes", failure));
        });
    }

    private Rendered render(ExportFilter filter, ExportFormat chosen, boolean withBom)
            throws IOException, AnnotationException {
        ExportService service = access.open(withBom && chosen == ExportFormat.CSV);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExportedNotes notes = service.export(filter, chosen.key(), bytes);
        return new Rendered(bytes.toByteArray(), DisplayFormats.count(notes.size(), "note") + " from "
                + DisplayFormats.count(notes.briefings().size(), "briefing"));
    }

    private static String failed(String what, Throwable failure) {
        if (failure instanceof IOException || failure instanceof AnnotationException) {
            LOG.warn("Could not {}: {}", what, failure.toString());
        } else {
            LOG.error("Could not {}", what, failure);
        }
        return "Could not " + what + ": " + UserMessages.describe(failure) + ".";
    }

    /** Letters, digits and dashes only, so any briefing id makes a file name every system takes. */
    private static String slug(String id) {
        String slug = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "briefing" : slug;
    }

    /** An export made in memory: its bytes and how many notes of how many briefings it holds. */
    private record Rendered(byte[] bytes, String summary) {
        /** The start of the text, without a byte-order mark, cut at a line end where one is near. */
        String preview() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.length() <= PREVIEW_CHARS) {
                return text;
            }
            int cut = text.lastIndexOf('\n', PREVIEW_CHARS);
            return text.substring(0, cut > PREVIEW_CHARS / 2 ? cut + 1 : PREVIEW_CHARS) + "\n\u2026";
        }
    }
}
