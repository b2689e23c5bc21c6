package org.briefingreader.ui.transfer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's file and folder dialogs, opening where the last choice was made (else the home folder). */
final class SystemImportChooser implements ImportChooser {
    private final Supplier<List<String>> extensions;
    private Path lastFolder = Path.of(System.getProperty("user.home"));

    /** @param extensions the importer's extensions ({@code ".txt"}, ...), asked each time the dialog opens */
    SystemImportChooser(Supplier<List<String>> extensions) {
        this.extensions = Objects.requireNonNull(extensions, "extensions");
    }

    @Override
    public List<Path> chooseFiles(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import Files");
        briefingFilter(extensions.get()).ifPresent(chooser.getExtensionFilters()::add);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        startIn(lastFolder).ifPresent(chooser::setInitialDirectory);
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen == null || chosen.isEmpty()) {
            return List.of();
        }
        List<Path> files = chosen.stream().map(File::toPath).toList();
        Path parent = files.get(0).getParent();
        if (parent != null) {
            lastFolder = parent;
        }
        return files;
    }

    @Override
    public Optional<Path> chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import Folder");
        startIn(lastFolder).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        Path folder = chosen.toPath();
        lastFolder = folder.getParent() == null ? folder : folder.getParent();
        return Optional.of(folder);
    }

    /**
     * The filter offering every file the importer reads, {@code Briefings (*.txt, *.md)}, from the importer's own
     * list so a newly registered format shows up here; empty when the list is.
     */
    static Optional<FileChooser.ExtensionFilter> briefingFilter(List<String> extensions) {
        if (extensions.isEmpty()) {
            return Optional.empty();
        }
        List<String> patterns = extensions.stream().map(extension -> "*" + extension).toList();
        return Optional.of(new FileChooser.ExtensionFilter(
                "Briefings (" + String.join(", ", patterns) + ")", patterns));
    }

    /** A folder that has gone since would make the dialog fail to open. */
    private static Optional<File> startIn(Path folder) {
        return Files.isDirectory(folder) ? Optional.of(folder.toFile()) : Optional.empty();
    }
}
