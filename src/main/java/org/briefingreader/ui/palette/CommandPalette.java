package org.briefingreader.ui.palette;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The command palette as a layer over the window's content: a box and the commands it finds, near the top and
 * centred, as in VS Code and Sublime Text. A layer of the window's own scene rather than a popup, which would
 * take the key presses meant for the box. Up and Down choose, Enter runs, Esc closes and gives the focus back to
 * where it was; the focus leaving the palette (Tab, a click elsewhere) closes it too, so it never traps the keys.
 */
public final class CommandPalette {
    private static final int VISIBLE_ROWS = 12;
    private static final double ROW_HEIGHT = 30;

    private final CommandPaletteViewModel model;
    private final Supplier<List<Command>> commands;
    private final StackPane layer = new StackPane();
    private final TextField field = new TextField();
    private final ListView<Command> list = new ListView<>();
    private final VBox card;
    /** Where the focus was before the palette opened; null while it is closed. */
    private Node returnTo;
    /** True while the focus moves away by itself: the palette then closes without taking the focus back. */
    private boolean focusLeft;
    /** The first row in view, so that Up and Down scroll only when the chosen row would leave the view. */
    private int top;

    /** A palette over {@code commands}, asked anew at each opening (menus enable and disable their items). */
    public CommandPalette(CommandPaletteViewModel model, Supplier<List<Command>> commands) {
        this.model = Objects.requireNonNull(model, "model");
        this.commands = Objects.requireNonNull(commands, "commands");
        field.setPromptText("Type a command");
        field.setAccessibleText("Command palette: type a command");
        field.getStyleClass().add("palette-field");
        field.textProperty().bindBidirectional(model.queryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        list.setItems(model.matches());
        list.setCellFactory(view -> new CommandCell());
        list.setFixedCellSize(ROW_HEIGHT);
        list.setFocusTraversable(false); // the keys stay in the box; Tab leaves the palette (and closes it)
        list.setAccessibleText("Commands");
        list.getStyleClass().add("palette-list");
        list.setPlaceholder(new Label("No command matches"));
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> ROW_HEIGHT * Math.max(1, Math.min(VISIBLE_ROWS, model.matches().size())) + 2,
                model.matches()));
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
        model.selectedProperty().addListener((obs, old, index) -> showSelected(index.intValue()));
        // New matches replace the list's items, which clears its selection even when the chosen index stays 0.
        model.matches().addListener((ListChangeListener<Command>) change -> {
            top = 0;
            showSelected(model.selectedProperty().get());
        });

        card = new VBox(field, list);
        card.getStyleClass().add("palette-card");
        card.setMaxWidth(600);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.TOP_CENTER);

        layer.getChildren().add(card);
        layer.getStyleClass().add("command-palette");
        layer.getStylesheets().add(CommandPalette.class.getResource("palette.css").toExternalForm());
        layer.setPickOnBounds(false); // clicks beside the card reach the window below (and close the palette)
        layer.setVisible(false);
        model.showingProperty().addListener((obs, was, now) -> {
            if (now) {
                shown();
            } else {
                hidden();
            }
        });
        ChangeListener<Node> focusWatch = (obs, old, owner) -> {
            if (model.showingProperty().get() && owner != null && !inside(owner)) {
                focusLeft = true;
                model.close();
            }
        };
        layer.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(focusWatch);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(focusWatch);
            }
        });
    }

    /** The layer to stack over the window's content (it lets clicks through where the palette is not). */
    public Region root() {
        return layer;
    }

    /** Opens the palette over the commands now usable; closes it when it is open (the key toggles it). */
    public void toggle() {
        if (model.showingProperty().get()) {
            model.close();
        } else {
            model.open(commands.get());
        }
    }

    /** The palette's box, for tests. */
    public TextField field() {
        return field;
    }

    private void shown() {
        Scene scene = layer.getScene();
        returnTo = scene == null ? null : scene.getFocusOwner();
        focusLeft = false;
        top = 0;
        layer.setVisible(true);
        field.requestFocus();
        showSelected(model.selectedProperty().get());
    }

    private void hidden() {
        layer.setVisible(false);
        Node back = returnTo;
        returnTo = null;
        if (!focusLeft && back != null && back.getScene() == layer.getScene()) {
            back.requestFocus();
        }
    }

    private void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> model.moveDown();
            case UP -> model.moveUp();
            case ENTER -> model.runSelected();
            case ESCAPE -> model.close();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void onClick(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedIndex() >= 0) {
            model.select(list.getSelectionModel().getSelectedIndex());
            model.runSelected();
        }
    }

    private void showSelected(int index) {
        if (index < 0) {
            list.getSelectionModel().clearSelection();
            return;
        }
        list.getSelectionModel().select(index);
        if (index < top) {
            top = index;
        } else if (index >= top + VISIBLE_ROWS) {
            top = index - VISIBLE_ROWS + 1;
        }
        list.scrollTo(top);
    }

    private boolean inside(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == card) {
                return true;
            }
        }
        return false;
    }
}
