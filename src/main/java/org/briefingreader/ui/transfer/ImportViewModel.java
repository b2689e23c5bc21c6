package org.briefingreader.ui.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingreader.app.FileResult;
import org.briefingreader.app.ImportListener;
import org.briefingreader.app.ImportReport;
import org.briefingreader.ui.support.BackgroundRunner;
import org.briefingreader.ui.support.UserMessages;

/**
 * One import at a time from the window: its progress (files done of found, the file being read), a Cancel that
 * stops it before the next file, the per-file problems as they happen, and the closing summary. Needs no toolkit;
 * call it on the FX thread.
 *
 * <p>The import runs through the {@link BackgroundRunner}; its per-file progress, told on that thread, comes back
 * through {@code ui} (the FX thread's queue in the window), before the runner's own answer.
 */
public final class ImportViewModel {
    private final ImportAccess access;
    private final BackgroundRunner runner;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper(this, "done");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper currentFile = new ReadOnlyStringWrapper(this, "currentFile", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<ImportProblem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private Consumer<ImportOutcome> onFinished = outcome -> { };
    private Consumer<Throwable> onFailed = error -> { };
    /** Read by the import's thread between files. */
    private AtomicBoolean cancelRequested = new AtomicBoolean();

    /** @param ui runs progress updates told on the import's thread where the model lives (the FX thread) */
    public ImportViewModel(ImportAccess access, BackgroundRunner runner, Executor ui) {
        this.access = Objects.requireNonNull(access, "access");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** The extensions of the files the importer reads, for the file chooser; empty when not known. */
    public List<String> extensions() {
        return access.extensions();
    }

    /**
     * Imports {@code inputs} (files and folders) in the background. False, and nothing starts, when another import
     * is still running or there is nothing to import.
     */
    public boolean start(List<Path> inputs) {
        List<Path> copy = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        if (running.get() || copy.isEmpty()) {
            return false;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequested = cancel;
        problems.clear();
        done.set(0);
        total.set(0);
        progress.set(-1); // indeterminate until the folders are walked
        currentFile.set("");
        failed.set(false);
        cancelling.set(false);
        summary.set("Looking for briefings\u2026");
        running.set(true);
        ImportListener listener = new ImportListener() {
            @Override
            public void fileStarting(int number, int found, Path file) {
                ui.execute(() -> starting(found, file));
            }

            @Override
            public void fileDone(int count, int found, FileResult result) {
                ui.execute(() -> fileFinished(count, found, result));
            }
        };
        runner.run("import " + copy.size() + " files and folders",
                () -> access.open().importAll(copy, listener, cancel::get), this::finished, this::failedWith);
        return true;
    }

    /** Stops the import before its next file; the files already imported stay. Nothing happens when none runs. */
    public void cancel() {
        if (running.get()) {
            cancelRequested.set(true);
            cancelling.set(true);
            summary.set("Cancelling after the current file\u2026");
        }
    }

    /** Told on the FX thread when an import ended, cancelled or not. */
    public void onFinished(Consumer<ImportOutcome> listener) {
        onFinished = Objects.requireNonNull(listener, "listener");
    }

    /** Told on the FX thread when an import could not run at all (the importer could not be opened). */
    public void onFailed(Consumer<Throwable> listener) {
        onFailed = Objects.requireNonNull(listener, "listener");
    }

    private void starting(int found, Path file) {
        total.set(found);
        Path name = file.getFileName();
        currentFile.set(name == null ? file.toString() : name.toString());
        summary.set("Importing " + found + (found == 1 ? " file" : " files") + "\u2026");
        updateProgress();
    }

    private void fileFinished(int count, int found, FileResult result) {
        done.set(count);
        total.set(found);
        if (result.failed()) {
            problems.add(ImportProblem.failure(result));
        }
        result.warnings().forEach(warning -> problems.add(ImportProblem.warning(result, warning)));
        updateProgress();
    }

    private void updateProgress() {
        progress.set(total.get() == 0 ? -1 : (double) done.get() / total.get());
    }

    private void finished(ImportReport report) {
        boolean stopped = cancelRequested.get() && report.results().size() < total.get();
        ImportOutcome outcome = new ImportOutcome(report, stopped, Math.max(total.get(), report.results().size()));
        end(outcome.summary(), false);
        // A cancelled import's bar stays where it stopped.
        progress.set(total.get() == 0 ? 1 : (double) done.get() / total.get());
        onFinished.accept(outcome);
    }

    private void failedWith(Throwable error) {
        end("Could not import: " + UserMessages.describe(error) + ".", true);
        progress.set(0);
        onFailed.accept(error);
    }

    private void end(String sentence, boolean failure) {
        summary.set(sentence);
        failed.set(failure);
        currentFile.set("");
        cancelling.set(false);
        running.set(false);
    }

    /** True from {@link #start} until the import ended. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True after Cancel while the current file is still being imported. */
    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** True when the last import could not run at all. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Files finished so far. */
    public ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Files found in the inputs; 0 until the first file starts. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** From 0 to 1, as a progress bar takes it; -1 (indeterminate) while the inputs are still being walked. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The name of the file being imported; empty when none is. */
    public ReadOnlyStringProperty currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    /** What the import is doing, then how it ended ("Import finished: 3 added, 1 failed."). */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The files not imported and the warnings about those imported, in the order they happened. */
    public ObservableList<ImportProblem> problems() {
        return readOnlyProblems;
    }
}
