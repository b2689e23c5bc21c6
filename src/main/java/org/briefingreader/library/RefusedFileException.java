package org.briefingreader.library;

import java.nio.file.Path;
import org.briefingreader.domain.BriefingInputException;

/**
 * A well-formed library file holding what this version cannot keep: a newer {@code schemaVersion} or properties it
 * does not know. Such a file is never repaired, rewritten or dropped, since that would lose a newer version's data.
 *
 * <p>{@code annotations/x.json: schemaVersion 2 is newer than this version reads (1): written by a newer Briefing
 * Reader; the file is left as it is}
 */
final class RefusedFileException extends BriefingInputException {
    private static final long serialVersionUID = 1L;

    RefusedFileException(Path file, String problem) {
        super(file, problem + "; the file is left as it is");
    }
}
