package org.rehabscribe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.rehabscribe.core.UserInputException;
import org.rehabscribe.pipeline.Installation;
import org.rehabscribe.train.IntentTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scribe train}: rebuilds the intent model from the training corpus. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Build the intent model (models/intent-en.bin) from corpus/train; same corpus, same bytes.")
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--corpus", description = "gold files to learn from (default: corpus/train)")
    Path corpus;

    @Option(names = "--out", description = "model file to write (default: models/intent-en.bin)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UserInputException, IOException {
        Path dir = corpus != null ? corpus : Installation.dir().resolve("corpus/train");
        Path target = out != null ? out : Installation.intentModel();
        IntentTrainer.Result r = IntentTrainer.train(dir);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(tmp, r.model().bytes());
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        PrintWriter o = spec.commandLine().getOut();
        o.println("intent model: " + target + " sha256 " + r.sha256());
        o.println("samples per code: " + r.counts());
        o.flush();
        return 0;
    }
}
