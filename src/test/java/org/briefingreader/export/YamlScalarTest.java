package org.briefingreader.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class YamlScalarTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What YAML would read as structure, comments, anchors or another type means nothing inside double quotes. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "Tokyo: a plan          | \"Tokyo: a plan\"",
        "# not a comment        | \"# not a comment\"",
        "- not a list           | \"- not a list\"",
        "[not, a, flow]         | \"[not, a, flow]\"",
        "&anchor *alias !tag    | \"&anchor *alias !tag\"",
        "yes                    | \"yes\"",
        "2018-05-25             | \"2018-05-25\"",
        "'single'               | \"'single'\"",
        "a % b @ c ` d          | \"a % b @ c ` d\""})
    void yamlSyntaxIsPlainTextInsideDoubleQuotes(String value, String expected) {
        assertThat(YamlScalar.doubleQuoted(value)).isEqualTo(expected);
    }

    @Test
    void doubleQuoteAndBackslashAreEscaped() {
        assertThat(YamlScalar.doubleQuoted("say \"no\" \\ done")).isEqualTo("\"say \\\"no\\\" \\\\ done\"");
    }

    @Test
    void lineBreaksTabsAndControlsAreEscaped() {
        assertThat(YamlScalar.doubleQuoted("a\nb\r\tc\u0007\u007F\u0085\u2028\u2029\uFEFF"))
                .isEqualTo("\"a\\nb\\r\\tc\\u0007\\u007F\\u0085\\u2028\\u2029\\uFEFF\"");
    }

    @Test
    void printableUnicodeStaysAsItIs() {
        assertThat(YamlScalar.doubleQuoted("Café\u00A0— \uD83D\uDE00 日本")).isEqualTo("\"Café\u00A0— \uD83D\uDE00 日本\"");
    }

    @Test
    void halfASurrogatePairBecomesTheReplacementCharacter() {
        assertThat(YamlScalar.doubleQuoted("a\uD83Db")).isEqualTo("\"a\uFFFDb\"");
    }

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(100);
    }

    /** Every scalar is a JSON string too, so a JSON reader gives back the text; and it holds no raw line break. */
    @ParameterizedTest
    @MethodSource("seeds")
    void anyTextReadsBackAsItself(long seed) throws Exception {
        Random random = new Random(seed);
        String alphabet = "aZ9 :#-[]{},&*!|>'\"%@`\\\n\r\t\u0000\u0007\u001B\u007F\u0085\u00A0\u2028\u2029\uFEFF\uFFFE日";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i >= 0; i--) {
            text.append(random.nextInt(10) == 0 ? "\uD83D\uDE00" : String.valueOf(alphabet.charAt(random.nextInt(
                    alphabet.length()))));
        }
        String scalar = YamlScalar.doubleQuoted(text.toString());

        assertThat(JSON.readValue(scalar, String.class)).isEqualTo(text.toString());
        assertThat(scalar.chars()).allMatch(YamlScalarTest::printableOnOneLine);
    }

    /** YAML 1.2's c-printable without line breaks, and without the characters YAML 1.1 took for line breaks. */
    private static boolean printableOnOneLine(int c) {
        return c == '\t' || c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xFFFD && c != 0x2028 && c != 0x2029
                && c != 0xFEFF;
    }
}
