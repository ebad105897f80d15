package org.rehabscribe.train;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rehabscribe.core.UserInputException;
import org.rehabscribe.eval.CodeFact;
import org.rehabscribe.eval.GoldCorpus;
import org.rehabscribe.eval.GoldFile;
import org.rehabscribe.extract.IntentModel;
import org.rehabscribe.extract.RuleExtractor;

/**
 * Builds the intent model from a gold corpus: the rules (without a model) find each
 * activity and the code they put it under; where the gold bills that code too, the words
 * around the activity become a training sample for it. Same corpus, same model bytes.
 */
public final class IntentTrainer {
    /** The trained model with how many samples of each code went in, and its SHA-256. */
    public record Result(IntentModel model, java.util.Map<String, Integer> counts, String sha256) {}

    private IntentTrainer() {}

    public static Result train(Path corpus) throws UserInputException, IOException {
        RuleExtractor rules = RuleExtractor.withDefaults();
        List<IntentModel.Sample> samples = new ArrayList<>();
        for (GoldFile g : GoldCorpus.load(corpus)) {
            Set<String> gold = g.expected().interventions().stream().map(i -> i.cpt()).collect(Collectors.toSet());
            gold.addAll(g.expected().codes().stream().map(CodeFact::code).toList());
            samples.addAll(rules.intentSamples(g.dictation(), g.hints(), gold));
        }
        if (samples.isEmpty()) {
            throw new UserInputException(corpus + ": no training samples (no gold files with activities)");
        }
        IntentModel model = IntentModel.train(samples);
        return new Result(model, IntentModel.counts(samples), sha256(model.bytes()));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
