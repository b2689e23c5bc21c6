package org.briefingreader.ui.reader;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.briefingreader.domain.Briefing;
import org.fxmisc.richtext.StyleClassedTextArea;

/** The reading pane alone on a test's stage, 1000 by 640, showing a briefing: the pane tests' common start. */
final class PaneOnStage {
    private PaneOnStage() {
    }

    /** Puts a new {@link BriefingView} of {@code model} on {@code stage}, shows {@code briefing}; the text area. */
    static StyleClassedTextArea show(Stage stage, BriefingViewModel model, Briefing briefing) {
        BriefingView view = new BriefingView(model);
        stage.setScene(new Scene(view.root(), 1000, 640));
        stage.show();
        model.show(briefing);
        return view.textArea();
    }
}
