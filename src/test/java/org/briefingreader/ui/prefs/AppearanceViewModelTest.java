package org.briefingreader.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.briefingreader.domain.state.Theme;
import org.briefingreader.ui.reader.BriefingViewModel;
import org.junit.jupiter.api.Test;

/** Preferences' Appearance changes the window's own theme and reading font. */
class AppearanceViewModelTest {
    private final BriefingViewModel reader = new BriefingViewModel();
    private final SimpleObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);

    @Test
    void theLogicalFamiliesComeFirstThenTheInstalledByNameOnceAsked() {
        AtomicInteger asked = new AtomicInteger();
        AppearanceViewModel model = new AppearanceViewModel(theme, reader, () -> {
            asked.incrementAndGet();
            return List.of("Noto Serif", "dejaVu Sans", "Serif", "Arial");
        });
        assertThat(asked).as("listing fonts waits until the dialog needs them").hasValue(0);

        assertThat(model.families()).containsExactly("Serif", "SansSerif", "System", "Monospaced", "Arial",
                "dejaVu Sans", "Noto Serif");
        model.families();
        assertThat(asked).hasValue(1);
    }

    @Test
    void theChosenFamilyAndSizeAreTheReadingPanes() {
        AppearanceViewModel model = new AppearanceViewModel(theme, reader, List::of);
        model.setFontFamily("DejaVu Sans");
        model.setFontSize(21);
        assertThat(reader.fontFamilyProperty().get()).isEqualTo("DejaVu Sans");
        assertThat(reader.fontSizeProperty().get()).isEqualTo(21);

        model.resetFont();
        assertThat(reader.fontFamilyProperty().get()).isEqualTo("Serif");
        assertThat(reader.fontSizeProperty().get()).isEqualTo(16);
    }

    @Test
    void aFamilyAStyleCouldNotHoldIsIgnored() {
        AppearanceViewModel model = new AppearanceViewModel(theme, reader, List::of);
        model.setFontFamily("Gentium");
        model.setFontFamily("Evil\"; -fx-rotate: 90");
        model.setFontFamily(" ");
        assertThat(model.fontFamilyProperty().get()).isEqualTo("Gentium");
    }

    @Test
    void theThemeIsTheWindowsChoice() {
        AppearanceViewModel model = new AppearanceViewModel(theme, reader, List::of);
        model.themeProperty().set(Theme.DARK);
        assertThat(theme.get()).isEqualTo(Theme.DARK);
    }
}
