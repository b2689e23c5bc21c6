package org.briefingreader.ui.transfer;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File &gt; Export Notes: a modal dialog over the window with the format, the scope, a read-only preview of the
 * export's start and its count; Export… asks for a file and writes it, closing the dialog once written.
 */
public final class ExportDialog {
    /** The dialog's main button. */
    public static final ButtonType EXPORT = new ButtonType("Export\u2026", ButtonBar.ButtonData.OK_DONE);

    private final ExportViewModel model;
    private final ExportFileChooser chooser;
    private final Path folder;
    private final Consumer<String> written;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    /**
     * {@code folder} is where the file chooser opens; {@code written} is given the sentence saying where the export
     * went (for the status bar).
     */
    public ExportDialog(ExportViewModel model, Window owner, ExportFileChooser chooser, Path folder,
            Consumer<String> written) {
        this.model = Objects.requireNonNull(model, "model");
        this.chooser = Objects.requireNonNull(chooser, "chooser");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.written = Objects.requireNonNull(written, "written");
        dialog.setTitle("Export Notes");
        dialog.setHeaderText("Export notes with their passages");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getStyleClass().add("export-dialog");
        dialog.getDialogPane().getStylesheets().add(
                ExportDialog.class.getResource("export.css").toExternalForm());
        Button export = (Button) dialog.getDialogPane().lookupButton(EXPORT);
        export.setId("export-notes-button");
        export.disableProperty().bind(model.writingProperty());
        // The button asks for a file and writes first; the dialog closes only once the file is written.
        export.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            exportToChosenFile();
        });
    }

    /** Shows the dialog and returns at once. */
    public void show() {
        dialog.show();
    }

    private VBox content() {
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.getItems().setAll(ExportFormat.values());
        format.setId("export-format");
        format.setAccessibleText("Export format");
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat value) {
                return value == null ? "" : value.label();
            }

            @Override
            public ExportFormat fromString(String text) {
                return null; // not editable
            }
        });
        format.valueProperty().bindBidirectional(model.formatProperty());
        CheckBox bom = new CheckBox("Add BOM for Excel");
        bom.setId("export-bom");
        bom.selectedProperty().bindBidirectional(model.bomProperty());
        bom.disableProperty().bind(model.formatProperty().isNotEqualTo(ExportFormat.CSV));
        HBox formatLine = new HBox(12, format, bom);
        formatLine.getStyleClass().add("export-format-line");

        ToggleGroup scopes = new ToggleGroup();
        VBox scopeBox = new VBox(6);
        for (ExportScope scope : ExportScope.values()) {
            RadioButton button = new RadioButton(scope.label());
            button.setId("export-scope-" + scope.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(scopes);
            button.setUserData(scope);
            button.setSelected(model.scopeProperty().get() == scope);
            button.setDisable(!model.offers(scope));
            button.setMinWidth(Region.USE_PREF_SIZE); // the detail beside it gives way first
            Label detail = new Label(model.detail(scope));
            detail.getStyleClass().addAll("export-scope-detail", Styles.TEXT_MUTED);
            detail.setMinWidth(0);
            scopeBox.getChildren().add(new HBox(8, button, detail));
        }
        scopes.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.scopeProperty().set((ExportScope) chosen.getUserData());
            }
        });

        GridPane choices = new GridPane();
        choices.setHgap(12);
        choices.setVgap(10);
        choices.addRow(0, heading("Format"), formatLine);
        Label scopeHeading = heading("Notes");
        GridPane.setValignment(scopeHeading, VPos.TOP);
        choices.addRow(1, scopeHeading, scopeBox);

        Label summary = new Label();
        summary.setId("export-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        TextArea preview = new TextArea();
        preview.setId("export-preview");
        preview.setEditable(false);
        preview.setWrapText(false);
        preview.setAccessibleText("Preview of the export");
        preview.setPrefColumnCount(72);
        preview.setPrefRowCount(16);
        preview.textProperty().bind(model.previewProperty());
        preview.getStyleClass().add("export-preview");
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label error = new Label();
        error.setId("export-error");
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox content = new VBox(12, choices, summary, preview, error);
        content.getStyleClass().add("export-content");
        return content;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("export-heading");
        return label;
    }

    private void exportToChosenFile() {
        chooser.choose(dialog.getDialogPane().getScene().getWindow(), model.formatProperty().get(),
                folder.resolve(model.defaultFileName())).ifPresent(target -> model.export(target, sentence -> {
                    written.accept(sentence);
                    dialog.close();
                }));
    }
}
