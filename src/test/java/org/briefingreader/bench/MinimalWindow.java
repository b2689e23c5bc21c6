package org.briefingreader.bench;

import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.briefingreader.ui.shell.FirstFrameProbe;

/**
 * The start-up baseline: the least a JavaFX program does to show a window with one line of text, timed by the same
 * {@link FirstFrameProbe} as the reader. A plain {@code main} launches it, as the product's {@code Main} does.
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    /** Not an {@link Application} itself: on the class path Java 17 refuses a main class that extends it. */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Japan Wants Closer Relations With Russia.")), 1200,
                    800);
            stage.setTitle("Minimal window");
            stage.setScene(scene);
            stage.show();
            FirstFrameProbe.install(scene, new SimpleBooleanProperty(true), System.out);
        }
    }
}
