package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Work waiting for the first frame (the search index) starts once, after the content has been drawn, not before. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameProbeTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(new Label("a briefing")), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void runsOnceAfterAFrameWithTheContentWasDrawn() throws Exception {
        SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
        AtomicInteger runs = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> FirstFrameProbe.whenDrawn(scene, shown, runs::incrementAndGet))
                .get(10, TimeUnit.SECONDS);
        // Frames without the content do not count.
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.asyncFx(Platform::requestNextPulse).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(runs).hasValue(0);

        WaitForAsyncUtils.asyncFx(() -> shown.set(true)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runs.get() == 1);
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.asyncFx(Platform::requestNextPulse).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(runs).hasValue(1);
    }
}
