package org.briefingreader.ui.transfer;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The import's progress window, owned by the reading window: a progress bar, the file being read, Cancel, and
 * afterwards the summary and the files that could not be imported (selectable; Ctrl+C or Copy All copies them as
 * "path: reason" lines). Not modal: reading goes on meanwhile. Closing it while an import runs cancels the import.
 */
public final class ImportDialog {
    static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");

    private final ImportViewModel model;
    private final Stage stage = new Stage();
    private final ListView<ImportProblem> problems;
    private final Button cancel = new Button("Cancel");
    private final Button close = new Button("Close");

    public ImportDialog(ImportViewModel model, Window owner) {
        this.model = Objects.requireNonNull(model, "model");
        stage.initOwner(Objects.requireNonNull(owner, "owner"));
        stage.setTitle("Import");

        Label heading = new Label();
        heading.getStyleClass().addAll("title-4", "import-heading");
        heading.textProperty().bind(Bindings.when(model.runningProperty()).then("Importing briefings")
                .otherwise("Import"));
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinHeight(Region.USE_PREF_SIZE);
        bar.progressProperty().bind(model.progressProperty());
        Label counts = new Label();
        counts.setId("import-current");
        counts.getStyleClass().add("import-current");
        counts.textProperty().bind(Bindings.createStringBinding(this::currentText, model.doneProperty(),
                model.totalProperty(), model.currentFileProperty(), model.runningProperty()));
        Label summary = new Label();
        summary.setId("import-summary");
        summary.getStyleClass().add("import-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        problems = new ListView<>(model.problems());
        problems.setId("import-problems");
        problems.getStyleClass().add("import-problems");
        problems.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        problems.setCellFactory(list -> new ImportProblemCell(list));
        Label none = new Label();
        none.textProperty().bind(Bindings.when(model.runningProperty()).then("No problems so far.")
                .otherwise("No problems."));
        problems.setPlaceholder(none);
        problems.setPrefHeight(180);
        problems.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (COPY.match(event)) {
                copy(problems.getSelectionModel().getSelectedItems());
                event.consume();
            }
        });
        MenuItem copySelected = new MenuItem("Copy");
        copySelected.setOnAction(e -> copy(problems.getSelectionModel().getSelectedItems()));
        problems.setContextMenu(new ContextMenu(copySelected));
        Label problemsHeading = new Label();
        problemsHeading.getStyleClass().add("import-problems-heading");
        problemsHeading.textProperty().bind(Bindings.size(model.problems()).asString("Problems (%d)"));
        problemsHeading.setLabelFor(problems);
        VBox problemBox = new VBox(6, problemsHeading, problems);
        VBox.setVgrow(problems, Priority.ALWAYS);
        VBox.setVgrow(problemBox, Priority.ALWAYS);
        // Always there, so the window keeps its size when the first problem arrives (a window manager may not
        // let a window grow, and Xvfb has none at all).

        Button copyAll = new Button("Copy All");
        copyAll.setId("import-copy");
        copyAll.setOnAction(e -> copy(model.problems()));
        copyAll.disableProperty().bind(Bindings.isEmpty(model.problems()));
        cancel.setId("import-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.cancellingProperty());
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        close.setId("import-close");
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.hide());
        close.visibleProperty().bind(model.runningProperty().not());
        close.managedProperty().bind(close.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, copyAll, gap, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox content = new VBox(10, heading, bar, counts, summary, problemBox, buttons);
        content.getStyleClass().add("import-dialog");
        content.setPrefWidth(600);
        content.setPrefHeight(400);
        Scene scene = new Scene(content);
        scene.getStylesheets().add(ImportDialog.class.getResource("transfer.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !model.runningProperty().get()) {
                stage.hide();
                event.consume();
            }
        });
        stage.setScene(scene);
        stage.setMinWidth(420);
        stage.setMinHeight(320);
        stage.setOnCloseRequest(event -> model.cancel());
        model.runningProperty().addListener((obs, was, is) -> (is ? cancel : close).requestFocus());
    }

    /** Shows the window (or brings it to the front) and puts the focus on its live button. */
    public void show() {
        stage.show();
        stage.toFront();
        (model.runningProperty().get() ? cancel : close).requestFocus();
    }

    /** The window itself, for tests and screenshots. */
    public Stage stage() {
        return stage;
    }

    /** The problem list, for tests. */
    public ListView<ImportProblem> problemList() {
        return problems;
    }

    /** "3 of 12 · report.txt" while running, "12 of 12 files" after; empty before the first file. */
    private String currentText() {
        int total = model.totalProperty().get();
        if (total == 0) {
            return "";
        }
        String counts = model.doneProperty().get() + " of " + total + (total == 1 ? " file" : " files");
        String file = model.currentFileProperty().get();
        return model.runningProperty().get() && !file.isEmpty() ? counts + "  \u00b7  " + file : counts;
    }

    private static void copy(List<ImportProblem> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(chosen.stream().map(ImportProblem::line).collect(Collectors.joining("\n", "", "\n")));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }
}
