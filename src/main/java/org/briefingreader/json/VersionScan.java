package org.briefingreader.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import org.briefingreader.domain.BriefingInputException;

/**
 * First pass over a document: checks it is one well-formed JSON object and that its {@code schemaVersion} is
 * one this version reads, before any field is bound.
 *
 * <p>Checking the version first means a file from a newer release says so ({@code schemaVersion 2 is not
 * supported (this version reads 1)}) instead of failing on whichever new field comes first.
 */
final class VersionScan {
    private VersionScan() {
    }

    /**
     * Reads every token; syntax errors surface as Jackson's exceptions, version problems as one-line errors.
     */
    static void check(JsonParser p, Path file) throws IOException, BriefingInputException {
        JsonToken token = p.nextToken();
        if (token == null) {
            throw new BriefingInputException(file, "no JSON value in the file");
        }
        if (token != JsonToken.START_OBJECT) {
            throw JsonProblems.at(file, p.currentTokenLocation(),
                    "expected a JSON object ({ ... }) at the top level, found " + JsonProblems.describe(token), null);
        }
        JsonToken versionToken = null;
        String versionText = null;
        JsonLocation versionAt = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (BriefingJson.SCHEMA_VERSION_FIELD.equals(name)) {
                versionToken = value;
                versionText = p.getText();
                versionAt = p.currentTokenLocation();
            }
            p.skipChildren();
        }
        JsonToken after = p.nextToken();
        if (after != null) {
            throw JsonProblems.at(file, p.currentTokenLocation(),
                    "more than one JSON value in the file: expected the end after the briefing's closing }", null);
        }
        requireSupported(file, versionToken, versionText, versionAt);
    }

    private static void requireSupported(Path file, JsonToken token, String text, JsonLocation at)
            throws BriefingInputException {
        String supported = "this version reads " + BriefingJson.SCHEMA_VERSION;
        if (token == null) {
            throw new BriefingInputException(file, "missing schemaVersion (" + supported + ")");
        }
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw JsonProblems.at(file, at, "schemaVersion must be a whole number (" + supported + "), found "
                    + JsonProblems.describe(token), null);
        }
        if (!text.equals(String.valueOf(BriefingJson.SCHEMA_VERSION))) {
            throw JsonProblems.at(file, at, "schemaVersion " + text + " is not supported (" + supported + ")", null);
        }
    }
}
