package org.rehabscribe.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rehabscribe.core.UserInputException;
import org.rehabscribe.eval.GoldCorpus;
import org.rehabscribe.eval.GoldFile;
import org.rehabscribe.eval.SpokenForm;
import org.rehabscribe.speech.LanguageModelBias;
import org.rehabscribe.speech.NgramFst;

/**
 * Learns a {@link LanguageModelBias} from therapy dictations: how much likelier each word and
 * word pair is in them than the recognizer's general-English model says.
 *
 * <p>The method is unigram adaptation by minimum discrimination information (Kneser, Peters and
 * Klakow 1997; Federico 1999), taken one order further: a word's arcs get cheaper by
 * {@code WEIGHT * ln(P_therapy(w) / P_model(w))} nats, at most {@code CAP}; then a word after a
 * one- or two-word context the model has a state for gets cheaper again by the same log ratio
 * between its relative frequency after that context in the dictations and the model's (already
 * lowered) probability, at most {@code CONTEXT_CAP}; and where the model has the context but
 * not the word after it ("gait" is followed only by "analysis" in general English), an arc is
 * added at the word's relative frequency after the context in the dictations (one count more
 * in the denominator, so a word that always followed still leaves room for others). Only boosts, never penalties: a word the
 * dictations do not use keeps its general-English probability. Counts below
 * {@code MIN_COUNT} are not trusted. The scales were chosen on a third of the {@code train}
 * renditions (slt voice) with the bias learnt from the development splits, then checked on
 * the awb voice: word error rate 0.297 to 0.168 (slt), 0.291 to 0.170 (awb); boosts alone
 * gave 0.201 and 0.202.
 *
 * <p>Numbers that differ only by "-teen" and "-ty" ("thirteen", "thirty") sound alike, and the
 * dictations' liking for round minutes ("thirty minutes" far more often than "thirteen") is no
 * evidence of which one a speaker said: within each such pair the counts are pooled (each word
 * gets the pair's mean, after every context), so the bias lifts both alike and the sound
 * decides. Without pooling the flite slt voice's "thirteen minutes" came back "thirty" in 10 of
 * 16 one-line dictations.
 *
 * <p>The result is a function of the texts and the model: same input, same entries.
 */
public final class SpeechBiasTrainer {
    static final double WEIGHT = 1.0;
    static final double CAP = 6.0;
    static final double CONTEXT_WEIGHT = 1.0;
    static final double CONTEXT_CAP = 4.0;
    static final int MIN_COUNT = 2;
    /** Smaller boosts change nothing a decoder would notice and are left out. */
    static final double MIN_BOOST = 0.01;
    /** Longest context a boosted n-gram may have (the small model's contexts go to two words). */
    static final int MAX_CONTEXT = 2;

    /** Number words that sound alike; each pair's counts are pooled. */
    static final List<List<String>> SOUND_ALIKE_NUMBERS = List.of(List.of("thirteen", "thirty"), List.of("fourteen", "forty"),
            List.of("fifteen", "fifty"), List.of("sixteen", "sixty"), List.of("seventeen", "seventy"),
            List.of("eighteen", "eighty"), List.of("nineteen", "ninety"));

    /** The language model inside a Vosk lookahead model directory. */
    static final String LANGUAGE_MODEL = "graph/Gr.fst";

    /** The bias, its file text, and what it was learnt from. */
    public record Result(LanguageModelBias bias, String text, List<String> splits, int documents) {}

    private SpeechBiasTrainer() {}

    /**
     * Learns from the splits {@code <corpusRoot>/splits.tsv} marks as learnable, against the
     * language model of the Vosk model in {@code voskModel}.
     */
    public static Result train(Path corpusRoot, Path voskModel) throws UserInputException {
        Path lmFile = voskModel.resolve(LANGUAGE_MODEL);
        NgramFst lm;
        try {
            lm = NgramFst.read(lmFile);
        } catch (IOException e) {
            throw new UserInputException(lmFile + ": cannot read the language model (" + e.getMessage()
                    + "; the Maven build unpacks the Vosk model)", e);
        }
        List<Path> dirs = CorpusSplits.read(corpusRoot).learnable(corpusRoot);
        List<List<String>> documents = new ArrayList<>();
        for (Path dir : dirs) {
            for (GoldFile g : GoldCorpus.load(dir)) {
                documents.add(SpokenForm.words(g.dictation()));
            }
        }
        LanguageModelBias bias = learnFromWords(documents, lm);
        List<String> splits = dirs.stream().map(d -> d.getFileName().toString()).toList();
        String text = bias.format(List.of(
                "Speech language-model bias for " + LANGUAGE_MODEL + ": n-gram<TAB>boost (nats off its arcs' cost) or "
                        + "new (cost of an arc added for it)<TAB>nats.",
                "Built by ./scribe train (train.SpeechBiasTrainer) from " + documents.size() + " dictations of the "
                        + "corpus splits marked train or development in corpus/splits.tsv. Do not edit."));
        return new Result(bias, text, splits, documents.size());
    }


    /**
     * @param documents each dictation's words as a recognizer writes them (lower case, numbers
     *                  spelt out; see {@code eval.SpokenForm})
     * @param model     the recognizer's language model, unchanged by this call
     */
    public static LanguageModelBias learnFromWords(List<List<String>> documents, NgramFst model) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Map<String, Integer>> following = new HashMap<>(); // context -> next word -> count
        long total = 0;
        for (List<String> doc : documents) {
            for (int i = 0; i < doc.size(); i++) {
                counts.merge(doc.get(i), 1, Integer::sum);
                total++;
                for (int n = 1; n <= MAX_CONTEXT && i - n >= 0; n++) {
                    following.computeIfAbsent(String.join(" ", doc.subList(i - n, i)), k -> new HashMap<>())
                            .merge(doc.get(i), 1, Integer::sum);
                }
            }
        }
        poolSoundAlikes(counts);
        following.values().forEach(SpeechBiasTrainer::poolSoundAlikes);
        List<LanguageModelBias.Entry> entries = new ArrayList<>();
        Map<Integer, Double> wordBoost = new HashMap<>();
        int unigram = model.unigramState();
        for (int arc = model.arcsStart(unigram); arc < model.arcsEnd(unigram); arc++) {
            String word = model.word(model.arcWord(arc));
            int c = word == null ? 0 : counts.getOrDefault(word, 0);
            if (c < MIN_COUNT) {
                continue;
            }
            double boost = Math.min(CAP, WEIGHT * (Math.log((double) c / total) + model.arcCost(arc)));
            if (boost >= MIN_BOOST) {
                entries.add(LanguageModelBias.Entry.boost(List.of(word), (float) boost));
                wordBoost.put(model.arcWord(arc), boost);
            }
        }
        for (int state = 0; state < model.states(); state++) {
            List<String> context = model.context(state);
            if (context.isEmpty() || context.size() > MAX_CONTEXT || context.contains(null)) {
                continue;
            }
            Map<String, Integer> next = following.get(String.join(" ", context));
            if (next == null) {
                continue;
            }
            double contextCount = next.values().stream().mapToInt(Integer::intValue).sum();
            Map<String, Integer> unseen = new HashMap<>(next);
            for (int arc = model.arcsStart(state); arc < model.arcsEnd(state); arc++) {
                String word = model.word(model.arcWord(arc));
                Integer c = unseen.remove(word);
                if (c == null || c < MIN_COUNT) {
                    continue;
                }
                double cost = model.arcCost(arc) - wordBoost.getOrDefault(model.arcWord(arc), 0.0);
                double boost = Math.min(CONTEXT_CAP, CONTEXT_WEIGHT * (Math.log(c / contextCount) + cost));
                if (boost >= MIN_BOOST) {
                    entries.add(LanguageModelBias.Entry.boost(append(context, word), (float) boost));
                }
            }
            // what the dictations say after this context and general English never does
            for (Map.Entry<String, Integer> e : unseen.entrySet()) {
                if (e.getValue() >= MIN_COUNT && model.id(e.getKey()) > 0) {
                    entries.add(new LanguageModelBias.Entry(append(context, e.getKey()), LanguageModelBias.Kind.NEW,
                            (float) -Math.log(e.getValue() / (contextCount + 1))));
                }
            }
        }
        return new LanguageModelBias(entries);
    }

    /** Each sound-alike pair's words get the pair's mean count (rounded up), where either was seen. */
    private static void poolSoundAlikes(Map<String, Integer> counts) {
        for (List<String> pair : SOUND_ALIKE_NUMBERS) {
            int sum = 0;
            for (String w : pair) {
                sum += counts.getOrDefault(w, 0);
            }
            if (sum > 0) {
                int mean = (sum + pair.size() - 1) / pair.size();
                pair.forEach(w -> counts.put(w, mean));
            }
        }
    }

    private static List<String> append(List<String> context, String word) {
        List<String> ngram = new ArrayList<>(context);
        ngram.add(word);
        return ngram;
    }
}
