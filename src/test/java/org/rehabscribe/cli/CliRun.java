package org.rehabscribe.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, as a test sees it: exit status, stdout and stderr. */
public record CliRun(int status, String out, String err) {
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(status, out.toString(), err.toString());
    }
}
