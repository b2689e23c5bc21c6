package org.briefingreader.ui.prefs;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.briefingreader.domain.state.Theme;
import org.briefingreader.ui.reader.ReadingFont;

/** The Appearance section: theme, and the reading font's family and size with a sample line in them. */
final class AppearancePane {
    private static final String SAMPLE = "Moscow and Tokyo are edging toward a peace treaty, seven decades on.";

    private final VBox root = new VBox(12);

    AppearancePane(AppearanceViewModel model) {
        Objects.requireNonNull(model, "model");
        ToggleGroup themes = new ToggleGroup();
        HBox themeButtons = new HBox();
        themeButtons.getStyleClass().add("segmented");
        for (Theme theme : List.of(Theme.SYSTEM, Theme.LIGHT, Theme.DARK)) {
            ToggleButton button = new ToggleButton(themeName(theme));
            button.setId("theme-choice-" + theme.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(themes);
            button.setSelected(model.themeProperty().get() == theme);
            button.setOnAction(e -> {
                model.themeProperty().set(theme);
                button.setSelected(true); // a segmented choice is never empty
            });
            model.themeProperty().addListener((obs, old, now) -> button.setSelected(now == theme));
            themeButtons.getChildren().add(button);
        }
        themeButtons.getChildren().get(0).getStyleClass().add("left-pill");
        themeButtons.getChildren().get(1).getStyleClass().add("center-pill");
        themeButtons.getChildren().get(2).getStyleClass().add("right-pill");

        ComboBox<String> family = new ComboBox<>();
        family.setId("font-family");
        family.getItems().setAll(model.families());
        family.setValue(model.fontFamilyProperty().get());
        family.setVisibleRowCount(14);
        family.valueProperty().addListener((obs, old, now) -> model.setFontFamily(now));
        model.fontFamilyProperty().addListener((obs, old, now) -> family.setValue(now));

        Spinner<Double> size = new Spinner<>();
        size.setId("font-size");
        SpinnerValueFactory.DoubleSpinnerValueFactory sizes = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                ReadingFont.MIN_SIZE, ReadingFont.MAX_SIZE, model.fontSizeProperty().get(), 1);
        size.setValueFactory(sizes);
        size.setEditable(true);
        size.setPrefWidth(110);
        sizes.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.setFontSize(now);
            }
        });
        model.fontSizeProperty().addListener((obs, old, now) -> sizes.setValue(now.doubleValue()));

        Button reset = new Button("Default Font");
        reset.setId("font-reset");
        reset.setOnAction(e -> model.resetFont());

        Label sample = new Label(SAMPLE);
        sample.setId("font-sample");
        sample.setWrapText(true);
        sample.fontProperty().bind(Bindings.createObjectBinding(
                () -> Font.font(model.fontFamilyProperty().get(), model.fontSizeProperty().get()),
                model.fontFamilyProperty(), model.fontSizeProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label("Theme"), themeButtons);
        grid.addRow(1, new Label("Reading font"), family);
        grid.addRow(2, new Label("Size (pixels)"), new HBox(10, size, reset));
        Label note = new Label("Zoom In and Zoom Out (View menu) change the same size.");
        note.getStyleClass().add("text-muted");
        root.getChildren().addAll(grid, sample, note);
        root.setPadding(new Insets(14));
    }

    Node root() {
        return root;
    }

    static String themeName(Theme theme) {
        return switch (theme) {
            case SYSTEM -> "System";
            case LIGHT -> "Light";
            case DARK -> "Dark";
        };
    }
}
