package org.briefingreader;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The offline rules of {@link ArchitectureTest} do catch network use, and let a resource name through. */
class OfflineRuleTest {
    static final class OpensASocket {
        Socket connect() throws IOException {
            return new Socket("example.org", 80);
        }
    }

    static final class OpensAUrl {
        InputStream fetch(URL url) throws IOException {
            return url.openStream();
        }
    }

    static final class NamesAStyleSheet {
        String sheet() {
            URL url = NamesAStyleSheet.class.getResource("x.css");
            return url == null ? "" : url.toExternalForm();
        }
    }

    private static JavaClasses load(Class<?> type) {
        return new ClassFileImporter().importClasses(type);
    }

    @Test
    void aSocketBreaksTheRule() {
        assertThatThrownBy(() -> ArchitectureTest.nothingUsesTheNetwork.check(load(OpensASocket.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("java.net.Socket");
    }

    @Test
    void openingAUrlBreaksTheRule() {
        assertThatThrownBy(() -> ArchitectureTest.nothingOpensAUrl.check(load(OpensAUrl.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("openStream");
    }

    @Test
    void namingABundledStyleSheetIsAllowed() {
        assertThatCode(() -> ArchitectureTest.nothingUsesTheNetwork.check(load(NamesAStyleSheet.class)))
                .doesNotThrowAnyException();
        assertThatCode(() -> ArchitectureTest.nothingOpensAUrl.check(load(NamesAStyleSheet.class)))
                .doesNotThrowAnyException();
    }
}
