package org.rehabscribe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rehabscribe.batch.BatchReport;
import org.rehabscribe.batch.BatchRunner;
import org.rehabscribe.batch.BatchSettings;
import org.rehabscribe.batch.LogProgress;
import org.rehabscribe.batch.Progress;
import org.rehabscribe.batch.TerminalProgress;
import org.rehabscribe.core.UserInputException;
import org.rehabscribe.pipeline.Scribe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scribe batch IN_DIR --out OUT_DIR}: every recording and transcript under a folder to
 * transcript, note and codes (see {@link org.rehabscribe.batch}). Writes nothing to stdout: the
 * results are files, and progress plus a final summary line go to stderr. Exit status 1 if any
 * file failed.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, description = {
        "Every .wav and .txt under IN_DIR to OUT_DIR/<same path>.transcript.txt, .md and .json (the note), "
                + "plus OUT_DIR/summary.csv. Resumable: files whose outputs exist are skipped, so a run that was "
                + "stopped can simply be started again. Hidden files and directory links are passed over. "
                + "Nothing is written to stdout: progress and a final summary line go to stderr.",
        "Exit status: 0 all ok or skipped, 1 a file failed (see summary.csv) or IN_DIR is missing, 2 usage error."})
public final class BatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "IN_DIR", description = "folder of recordings (.wav) and transcripts (.txt), read recursively")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT_DIR", description = "folder for the results (created)")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "files processed at once, one core each (default: the number of cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    ContextOptions context;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UserInputException, java.io.IOException {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        String problem = BatchRunner.usageProblem(in, out);
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
        PrintWriter err = spec.commandLine().getErr();
        // the bar needs a terminal to redraw on; logs and pipes get a line a file
        Progress progress = System.console() != null ? new TerminalProgress(err) : new LogProgress(err);
        BatchSettings settings = new BatchSettings(in, out, threads, context.hints(), Home.speechModel());
        BatchReport report = new BatchRunner(settings, Scribe::standard, progress).run();
        err.println(report.summaryLine());
        err.flush();
        return report.failed() > 0 ? Main.EXIT_BAD_INPUT : 0;
    }
}
