package org.rehabscribe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.rehabscribe.core.UserInputException;
import org.rehabscribe.pipeline.Installation;
import org.rehabscribe.train.IntentTrainer;
import org.rehabscribe.train.SpeechBiasTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scribe train}: rebuilds the intent model from the training corpus. */
@Command(name = "train", mixinStandardHelpOptions = true, description = {
        "Build the intent model (models/intent-en.bin) from corpus/train, and the speech language-model bias "
                + "(models/speech-lm-bias.tsv) from the splits corpus/splits.tsv marks train or development.",
        "Same corpus, same bytes."})
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--corpus", description = "gold files the intent model learns from (default: corpus/train)")
    Path corpus;

    @Option(names = "--out", description = "intent model file to write (default: models/intent-en.bin)")
    Path out;

    @Option(names = "--bias-out", description = "speech bias file to write (default: models/speech-lm-bias.tsv)")
    Path biasOut;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UserInputException, IOException {
        Path dir = corpus != null ? corpus : Installation.dir().resolve("corpus/train");
        Path target = out != null ? out : Installation.intentModel();
        IntentTrainer.Result r = IntentTrainer.train(dir);
        writeAtomically(target, r.model().bytes());
        PrintWriter o = spec.commandLine().getOut();
        o.println("intent model: " + target + " sha256 " + r.sha256());
        o.println("samples per code: " + r.counts());
        o.flush();

        Path corpusRoot = Installation.dir().resolve("corpus");
        Path biasTarget = biasOut != null ? biasOut : Installation.speechLmBias();
        SpeechBiasTrainer.Result b = SpeechBiasTrainer.train(corpusRoot, Installation.voskModel());
        writeAtomically(biasTarget, b.text().getBytes(StandardCharsets.UTF_8));
        o.println("speech bias: " + biasTarget + " (" + b.bias().entries().size() + " n-grams from " + b.documents()
                + " dictations of " + String.join(", ", b.splits()) + ")");
        o.flush();
        return 0;
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
