package org.briefingreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingreader.domain.Briefing;
import org.briefingreader.ingest.text.PlainTextBriefingParser;
import org.briefingreader.json.BriefingJson;
import org.briefingreader.library.LibraryFolder;
import org.junit.jupiter.api.Test;

/**
 * The checked-in sample JSON is exactly what the importer makes of the sample text (determinism, and the two
 * files kept in step); the field-by-field checks of the reading live in PlainTextBriefingParserTest.
 */
class SampleBriefingTest {
    private static final Path TEXT = Path.of("samples/japan-russia-2018.txt");
    private static final Path JSON = Path.of("samples/japan-russia-2018.json");

    @Test
    void sampleJsonIsWhatTheImporterMakesOfTheSampleText() throws Exception {
        Briefing fromText = new PlainTextBriefingParser().parse(TEXT).briefing();
        assertThat(BriefingJson.write(fromText)).isEqualTo(Files.readAllBytes(JSON));
        assertThat(BriefingJson.read(Files.readAllBytes(JSON), JSON)).isEqualTo(fromText);
    }

    @Test
    void importingTwiceGivesTheSameBytes() throws Exception {
        PlainTextBriefingParser parser = new PlainTextBriefingParser();
        assertThat(BriefingJson.write(parser.parse(TEXT).briefing()))
                .isEqualTo(BriefingJson.write(parser.parse(TEXT).briefing()));
    }

    @Test
    void bundledBriefingIsTheSample() throws Exception {
        assertThat(LibraryFolder.bundledBriefing()).isEqualTo(BriefingJson.read(Files.readAllBytes(JSON), JSON));
    }

    @Test
    void testCopyOfTheSeedIsTheSample() throws Exception {
        Path copy = Path.of("src/test/resources/org/briefingreader/ingest/text/japan-russia-2018.txt");
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(TEXT));
    }
}
