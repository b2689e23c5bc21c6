package org.briefingreader.ui.library;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The library's filter box: a magnifier, the text, and a clear button that shows only while there is text.
 * Esc clears it; Down and Enter hand over to the list through {@code toList}.
 */
final class LibraryFilterField {
    static final String PROMPT = "Filter by title, source\u2026";

    private final CustomTextField field = new CustomTextField();

    LibraryFilterField(StringProperty filter, Runnable toList) {
        field.getStyleClass().add("library-filter");
        field.setPromptText(PROMPT);
        field.textProperty().bindBidirectional(filter);

        FontIcon magnifier = new FontIcon(MaterialDesignM.MAGNIFY);
        magnifier.getStyleClass().add("library-filter-icon");
        field.setLeft(magnifier);

        Button clear = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        clear.getStyleClass().addAll("library-filter-clear", Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        clear.setTooltip(new Tooltip("Clear the filter (Esc)"));
        clear.setAccessibleText("Clear the filter");
        // The button must not take the focus from the text, or typing would stop after a click on it.
        clear.setFocusTraversable(false);
        clear.setOnAction(event -> {
            field.clear();
            field.requestFocus();
        });
        clear.visibleProperty().bind(field.textProperty().isNotEmpty());
        clear.managedProperty().bind(clear.visibleProperty());
        field.setRight(clear);

        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                toList.run();
                event.consume();
            }
        });
    }

    CustomTextField node() {
        return field;
    }
}
