package org.briefingreader.ui.transfer;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** One problem: the file's name on top (its whole path in the tooltip), the reason below, wrapped. */
final class ImportProblemCell extends ListCell<ImportProblem> {
    private final Label name = new Label();
    private final Label reason = new Label();
    private final VBox box = new VBox(2, name, reason);

    /** @param list the list the cell is in, whose width the reason wraps to */
    ImportProblemCell(ListView<ImportProblem> list) {
        name.getStyleClass().add("import-problem-name");
        reason.getStyleClass().add("import-problem-reason");
        reason.setWrapText(true);
        // Wrap inside the list's width instead of widening the cell past it.
        // A wrapping label in a list cell needs a preferred width, or it asks for one line's width and gets cut;
        // the list's width less its padding and scroll bar, so the cell never asks to be wider than the list.
        reason.prefWidthProperty().bind(list.widthProperty().subtract(40));
        reason.maxWidthProperty().bind(reason.prefWidthProperty());
        reason.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        name.maxWidthProperty().bind(reason.prefWidthProperty());
    }

    @Override
    protected void updateItem(ImportProblem problem, boolean empty) {
        super.updateItem(problem, empty);
        getStyleClass().removeAll("import-failure", "import-warning");
        if (empty || problem == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        getStyleClass().add(problem.failed() ? "import-failure" : "import-warning");
        name.setText(problem.name() + (problem.failed() ? "" : "  (imported, with a warning)"));
        reason.setText(problem.reason());
        setTooltip(new Tooltip(problem.file().toString()));
        setAccessibleText(problem.line());
        setGraphic(box);
    }
}
