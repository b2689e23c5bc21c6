package org.briefingreader.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.briefingreader.library.LibraryChoice;
import org.briefingreader.ui.support.InlineBackgroundRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the library folder in Preferences records it for the next start. */
class LibraryFolderViewModelTest {
    @TempDir
    Path home;

    /** Over a real choice file, as the composition root's access is. */
    private LibraryFolderAccess access(Path current, Optional<String> override, LibraryChoice choice) {
        return new LibraryFolderAccess() {
            @Override
            public Optional<Path> current() {
                return Optional.of(current);
            }

            @Override
            public Optional<String> override() {
                return override;
            }

            @Override
            public void choose(Path folder) throws IOException {
                choice.record(folder);
            }
        };
    }

    @Test
    void aChosenFolderIsRecordedAndSaidToApplyAtTheNextStart() throws Exception {
        LibraryChoice choice = new LibraryChoice(home.resolve("config/library-choice.json"));
        LibraryFolderViewModel model = new LibraryFolderViewModel(
                access(home.resolve("old"), Optional.empty(), choice), new InlineBackgroundRunner());
        assertThat(model.currentFolder()).isEqualTo(home.resolve("old").toString());

        model.choose(home.resolve("Briefings ü"));

        assertThat(choice.read()).contains(home.resolve("Briefings ü"));
        assertThat(model.messageProperty().get()).isEqualTo("Briefing Reader will open the library in "
                + home.resolve("Briefings ü") + " the next time it starts.");
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.overrideNote()).isEmpty();
    }

    @Test
    void aRunStartedWithAnOverrideSaysTheChoiceWaitsForAStartWithoutIt() throws Exception {
        LibraryChoice choice = new LibraryChoice(home.resolve("library-choice.json"));
        LibraryFolderViewModel model = new LibraryFolderViewModel(
                access(home, Optional.of("the --library option"), choice), new InlineBackgroundRunner());
        assertThat(model.overrideNote()).isEqualTo("This run was started with the --library option, which comes "
                + "before a folder chosen here.");
        model.choose(home.resolve("next"));
        assertThat(model.messageProperty().get()).endsWith(" when it is next started without the --library "
                + "option.");
    }

    @Test
    void aFailedRecordIsOneLine() {
        LibraryFolderViewModel model = new LibraryFolderViewModel(LibraryFolderAccess.NONE,
                new InlineBackgroundRunner());
        assertThat(model.currentFolder()).isEqualTo("(not known in this window)");
        model.choose(home);
        assertThat(model.messageProperty().get()).isEqualTo("Could not record the library folder: The library "
                + "folder cannot be changed from this window.");
        assertThat(model.failedProperty().get()).isTrue();
    }
}
