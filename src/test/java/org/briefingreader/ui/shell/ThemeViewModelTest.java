package org.briefingreader.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.briefingreader.domain.state.Theme;
import org.junit.jupiter.api.Test;

class ThemeViewModelTest {
    @Test
    void systemFollowsTheOsThemeWhenKnown() {
        ThemeViewModel theme = new ThemeViewModel(Optional.of(Theme.DARK));

        assertThat(theme.chosenProperty().get()).isEqualTo(Theme.SYSTEM);
        assertThat(theme.effectiveProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void systemIsLightWhenTheOsCannotTell() {
        assertThat(new ThemeViewModel(Optional.empty()).effectiveProperty().get()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aChosenThemeWinsOverTheOsAndSystemGoesBackToIt() {
        ThemeViewModel theme = new ThemeViewModel(Optional.of(Theme.DARK));

        theme.chosenProperty().set(Theme.LIGHT);
        assertThat(theme.effectiveProperty().get()).isEqualTo(Theme.LIGHT);

        theme.chosenProperty().set(Theme.SYSTEM);
        assertThat(theme.effectiveProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void choosingNothingKeepsTheLastChoice() {
        ThemeViewModel theme = new ThemeViewModel(Optional.empty());
        theme.chosenProperty().set(Theme.DARK);

        theme.chosenProperty().set(null);

        assertThat(theme.chosenProperty().get()).isEqualTo(Theme.DARK);
        assertThat(theme.effectiveProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void gtkThemeTellsDarkOrLightOnLinuxOnly() {
        assertThat(SystemTheme.detect(Map.of("GTK_THEME", "Adwaita:dark"), "Linux")).contains(Theme.DARK);
        assertThat(SystemTheme.detect(Map.of("GTK_THEME", "Yaru-dark"), "Linux")).contains(Theme.DARK);
        assertThat(SystemTheme.detect(Map.of("GTK_THEME", "Adwaita"), "Linux")).contains(Theme.LIGHT);
        assertThat(SystemTheme.detect(Map.of(), "Linux")).isEmpty();
        assertThat(SystemTheme.detect(Map.of("GTK_THEME", "Adwaita:dark"), "Mac OS X")).isEmpty();
        assertThat(SystemTheme.detect(Map.of("GTK_THEME", " "), "Linux")).isEmpty();
    }
}
