package org.briefingreader;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.briefingreader.cli.Cli;
import org.briefingreader.library.LibraryPaths;

/** One in-process run of the command line on a real library folder, with its exit code and both outputs. */
record CliRun(int code, String out, String err) {
    /** Runs {@code args} with {@code --library home} appended, through the real composition root. */
    static CliRun in(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withLibrary = new String[args.length + 2];
        System.arraycopy(args, 0, withLibrary, 0, args.length);
        withLibrary[args.length] = "--library";
        withLibrary[args.length + 1] = home.toString();
        int code = Cli.run(flag -> DesktopBackend.open(LibraryPaths.resolve(flag), false),
                new PrintWriter(out), new PrintWriter(err), withLibrary);
        return new CliRun(code, out.toString(), err.toString());
    }
}
