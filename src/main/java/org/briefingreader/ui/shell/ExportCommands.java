package org.briefingreader.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.briefingreader.ui.notes.NoteRow;
import org.briefingreader.ui.notes.NotesScope;
import org.briefingreader.ui.notes.NotesViewModel;
import org.briefingreader.ui.transfer.ExportAccess;
import org.briefingreader.ui.transfer.ExportDialog;
import org.briefingreader.ui.transfer.ExportFileChooser;
import org.briefingreader.ui.transfer.ExportSelection;
import org.briefingreader.ui.transfer.ExportViewModel;

/**
 * File &gt; Export Notes (and the Notes tab's export button): opens the export dialog on the briefing shown and
 * on what the Notes tab lists at that moment; the status bar says where the export was written.
 */
final class ExportCommands {
    static final KeyCombination EXPORT = KeyCombination.keyCombination("Shortcut+E");

    private final ReaderWindowViewModel model;
    private final ExportAccess access;
    private final Node owner;
    private ExportFileChooser chooser = ExportFileChooser.SYSTEM;
    /** Where the next export is proposed: the folder of the last one, while the window is open. */
    private Path folder = Path.of(System.getProperty("user.home"));

    /** @param owner any node of the window the dialog belongs to */
    ExportCommands(ReaderWindowViewModel model, ExportAccess access, Node owner) {
        this.model = Objects.requireNonNull(model, "model");
        this.access = Objects.requireNonNull(access, "access");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** Asks for export files with {@code files} instead of the system's dialog (tests). */
    void chooseFilesWith(ExportFileChooser files) {
        chooser = Objects.requireNonNull(files, "files");
    }

    /** Opens the dialog; returns at once. */
    void open() {
        String briefingId = model.reader().briefingIdProperty().get();
        ExportViewModel export = new ExportViewModel(access, model.notesParts().runner(),
                Optional.of(briefingId), model.reader().titleProperty().get(), selection(briefingId));
        Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
        ExportFileChooser remembering = (shown, format, proposed) -> chooser.choose(shown, format, proposed)
                .map(chosen -> {
                    Path parent = chosen.toAbsolutePath().getParent();
                    folder = parent == null ? folder : parent;
                    return chosen;
                });
        new ExportDialog(export, window, remembering, folder, model.statusBar()::say).show();
    }

    /** What the Notes tab lists now, and by which filter. */
    private ExportSelection selection(String briefingId) {
        NotesViewModel notes = model.notes();
        boolean ofBriefing = notes.scopeProperty().get() == NotesScope.BRIEFING;
        String sectionId = ofBriefing ? notes.sectionFilterProperty().get() : "";
        List<UUID> shown = new ArrayList<>();
        for (NoteRow row : notes.notes()) {
            shown.add(row.annotation().id());
        }
        for (NoteRow row : notes.orphans()) {
            shown.add(row.annotation().id());
        }
        return new ExportSelection(ofBriefing && !briefingId.isEmpty() ? Optional.of(briefingId) : Optional.empty(),
                notes.textFilterProperty().get(), notes.tagFilterProperty().get(),
                notes.categoryFilterProperty().get(),
                sectionId.isEmpty() ? "" : notes.sectionHeading(sectionId), shown);
    }
}
