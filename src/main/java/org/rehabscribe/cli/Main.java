package org.rehabscribe.cli;

import java.io.PrintWriter;
import org.rehabscribe.core.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./scribe}: wires the pipeline stages behind picocli subcommands. */
@Command(name = "scribe", mixinStandardHelpOptions = true, version = "scribe 0.1.0",
        description = "Offline scribe for rehabilitation therapists: dictation to SOAP note and CPT codes.",
        subcommands = {NoteCommand.class, TranscribeCommand.class, BatchCommand.class, TrainCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit status for bad input (a file that is missing, empty or malformed). */
    public static final int EXIT_BAD_INPUT = 1;
    /** Exit status for a usage error (unknown option, missing argument). */
    public static final int EXIT_USAGE = 2;

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            Throwable cause = ex;
            while (cause != null && !(cause instanceof UserInputException)) {
                cause = cause.getCause();
            }
            if (cause != null) {
                err.println("scribe: " + cause.getMessage());
                err.flush();
                return EXIT_BAD_INPUT;
            }
            throw ex;
        });
        return cli.execute(args);
    }
}
