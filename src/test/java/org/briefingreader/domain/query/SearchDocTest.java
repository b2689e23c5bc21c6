package org.briefingreader.domain.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/search.md shows users readings and notes: each one it quotes must be what the parser gives. */
class SearchDocTest {
    private static final Path DOC = Path.of("docs", "search.md");
    /** A table row whose first cell is one query and whose last cell is one reading: {@code | `q` | … | `r` |}. */
    private static final Pattern READING_ROW = Pattern.compile("^\\| `([^`]+)` \\|.*\\| `([^`]+)` \\|$",
            Pattern.MULTILINE);
    /** A reading in running text or a cell: {@code `q` is `r`}. */
    private static final Pattern READING_TEXT = Pattern.compile("`([^`]+)` is `([^`]+)`");
    /** A row of the table of odd input: {@code | `q` | what it searches | the note |}. */
    private static final Pattern NOTE_ROW = Pattern.compile("^\\| `([^`]+)` \\| [^|]+ \\| ([^|`]+) \\|$",
            Pattern.MULTILINE);

    @Test
    void everyReadingTheDocShowsIsTheParsers() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<String[]> pairs = new ArrayList<>();
        for (Pattern pattern : List.of(READING_ROW, READING_TEXT)) {
            Matcher m = pattern.matcher(doc);
            while (m.find()) {
                pairs.add(new String[] {m.group(1), m.group(2)});
            }
        }

        assertThat(pairs).hasSizeGreaterThan(10);
        for (String[] pair : pairs) {
            assertThat(QueryParser.parse(pair[0]).root().map(QueryParser::describe)).as(pair[0]).contains(pair[1]);
        }
    }

    @Test
    void everyNoteTheDocQuotesIsTheParsers() throws IOException {
        Matcher m = NOTE_ROW.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        int checked = 0;
        while (m.find()) {
            String note = m.group(2).strip();
            if (!note.equals("the same note") && !note.equals("The note")) {
                assertThat(QueryParser.parse(m.group(1)).notes()).as(m.group(1)).contains(note);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(15);
    }
}
