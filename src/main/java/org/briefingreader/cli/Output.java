package org.briefingreader.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.briefingreader.app.FileResult;
import org.briefingreader.domain.Briefing;
import picocli.CommandLine;

/** Shared ways of printing: results to stdout, problems to stderr, one line each. */
final class Output {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz", Locale.ENGLISH);

    private Output() {
    }

    /** One line per file: the outcome on stdout, or the error on stderr; warnings on stderr. */
    static void printResult(CommandLine cmd, FileResult result) {
        printResult(cmd, result, false);
    }

    static void printResult(CommandLine cmd, FileResult result, boolean quiet) {
        PrintWriter err = cmd.getErr();
        for (String warning : result.warnings()) {
            err.println("warning: " + warning);
        }
        if (result.failed()) {
            err.println("error: " + result.message());
        } else if (!quiet) {
            cmd.getOut().printf(Locale.ROOT, "%-9s %s  <- %s%n", result.status().word(),
                    result.briefingId().orElse("?"), result.file());
        }
        err.flush();
        cmd.getOut().flush();
    }

    /** {@code 2018-05-25} or {@code -} for an undated briefing. */
    static String date(Briefing briefing) {
        return briefing.published().map(DATE::format).orElse("-");
    }
}
