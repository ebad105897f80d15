package org.rehabscribe.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rehabscribe.core.UserInputException;

/**
 * How much more likely the recognizer's language model should find therapy words and word
 * sequences than general English does: "gait" after nothing in particular, "training" after
 * "gait". Costs are negative natural log probabilities. Two kinds of entry:
 * <ul>
 * <li>{@link Kind#BOOST}: the model's arcs for the n-gram get cheaper by so many nats; a
 *     one-word entry applies to that word after any context, a longer one to the last word
 *     after exactly the words before it;
 * <li>{@link Kind#NEW}: where the model has a state for the context but no arc for the word
 *     (general English rarely says "gait training"), one is added with this cost.
 * </ul>
 * The vocabulary and the contexts stay those of the Vosk model; words it does not know are
 * skipped.
 *
 * <p>Built by {@code ./scribe train} (see {@code train.SpeechBiasTrainer}) into
 * {@code models/speech-lm-bias.tsv}: one entry per line, the n-gram's words separated by
 * spaces, a tab, {@code boost} or {@code new}, a tab, the nats; lines starting with {@code #}
 * are comments. Immutable.
 */
public final class LanguageModelBias {
    /** What an entry's nats are. */
    public enum Kind {
        /** taken off the cost of the n-gram's arcs */
        BOOST,
        /** the cost of an arc added for the n-gram where the model has none */
        NEW;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One n-gram (context words then the word), what to do with it, and how many nats. */
    public record Entry(List<String> ngram, Kind kind, float nats) {
        public Entry {
            ngram = List.copyOf(ngram);
            if (ngram.isEmpty() || kind == null || !(nats > 0) || Float.isInfinite(nats)) {
                throw new IllegalArgumentException("bias entry needs words, a kind and positive nats: " + ngram);
            }
            if (kind == Kind.NEW && ngram.size() < 2) {
                throw new IllegalArgumentException("a new arc needs a context: " + ngram);
            }
        }

        /** An entry making the n-gram's arcs {@code nats} cheaper. */
        public static Entry boost(List<String> ngram, float nats) {
            return new Entry(ngram, Kind.BOOST, nats);
        }

        String context() {
            return String.join(" ", ngram.subList(0, ngram.size() - 1));
        }

        String word() {
            return ngram.get(ngram.size() - 1);
        }
    }

    /** The biased model, with how many of its arcs got cheaper and how many were added. */
    public record Applied(NgramFst model, int cheaperArcs, int newArcs) {}

    /** Nats are kept to this many decimals, so a written bias reads back identical. */
    private static final float SCALE = 1000f;

    private final List<Entry> entries;

    public LanguageModelBias(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>();
        for (Entry e : entries) {
            sorted.add(new Entry(e.ngram(), e.kind(), Math.round(e.nats() * SCALE) / SCALE));
        }
        sorted.sort(Comparator.comparing((Entry e) -> e.ngram().size()).thenComparing(e -> String.join(" ", e.ngram()))
                .thenComparing(Entry::kind));
        this.entries = List.copyOf(sorted);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Reads a bias file. */
    public static LanguageModelBias read(Path file) throws UserInputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read the speech language-model bias (" + e.getMessage() + ")", e);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            try {
                if (cols.length != 3) {
                    throw new IllegalArgumentException("expected words, boost or new, and nats, separated by tabs");
                }
                Kind kind = switch (cols[1].strip()) {
                    case "boost" -> Kind.BOOST;
                    case "new" -> Kind.NEW;
                    default -> throw new IllegalArgumentException("unknown kind '" + cols[1].strip() + "' (boost or new)");
                };
                entries.add(new Entry(Arrays.asList(cols[0].strip().split(" +")), kind, Float.parseFloat(cols[2].strip())));
            } catch (IllegalArgumentException e) {
                throw new UserInputException(file + ": line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return new LanguageModelBias(entries);
    }

    /** The file's text: {@code header} lines as comments, then the entries. */
    public String format(List<String> header) {
        StringBuilder out = new StringBuilder();
        for (String h : header) {
            out.append("# ").append(h).append('\n');
        }
        for (Entry e : entries) {
            out.append(String.join(" ", e.ngram())).append('\t').append(e.kind().label()).append('\t')
                    .append(String.format(Locale.ROOT, "%.3f", e.nats())).append('\n');
        }
        return out.toString();
    }

    /**
     * Applies the entries to {@code model}: its arcs get cheaper in place, and the model with
     * the new arcs is returned (the same object when there are none). Entries whose words the
     * model does not know, or whose context it has no state for, change nothing.
     */
    public Applied applyTo(NgramFst model) throws IOException {
        float[] unigram = new float[model.vocabularySize()];
        Map<String, Map<Integer, Float>> boosts = new HashMap<>();
        Map<String, Map<Integer, Float>> additions = new HashMap<>();
        Map<String, List<String>> contexts = new HashMap<>();
        for (Entry e : entries) {
            int word = model.id(e.word());
            if (word < 0) {
                continue;
            }
            if (e.ngram().size() == 1) {
                unigram[word] += e.nats();
                continue;
            }
            contexts.putIfAbsent(e.context(), e.ngram().subList(0, e.ngram().size() - 1));
            Map<String, Map<Integer, Float>> target = e.kind() == Kind.NEW ? additions : boosts;
            target.computeIfAbsent(e.context(), k -> new HashMap<>()).merge(word, e.nats(), Float::sum);
        }
        BitSet cheaper = new BitSet(model.arcs());
        for (int arc = 0; arc < model.arcs(); arc++) {
            float boost = unigram[model.arcWord(arc)];
            if (boost != 0f) {
                model.setArcCost(arc, model.arcCost(arc) - boost);
                cheaper.set(arc);
            }
        }
        Map<Integer, Map<Integer, Float>> newArcs = new HashMap<>();
        int added = 0;
        for (Map.Entry<String, List<String>> c : contexts.entrySet()) {
            int state = model.state(c.getValue());
            if (state <= model.unigramState()) {
                continue; // the model has no such context
            }
            Map<Integer, Float> here = boosts.getOrDefault(c.getKey(), Map.of());
            Map<Integer, Float> missing = new HashMap<>(additions.getOrDefault(c.getKey(), Map.of()));
            for (int arc = model.arcsStart(state), end = model.arcsEnd(state); arc < end; arc++) {
                int word = model.arcWord(arc);
                missing.remove(word);
                Float boost = here.get(word);
                if (boost != null) {
                    model.setArcCost(arc, model.arcCost(arc) - boost);
                    cheaper.set(arc);
                }
            }
            if (!missing.isEmpty()) {
                newArcs.put(state, missing);
                added += missing.size();
            }
        }
        return new Applied(newArcs.isEmpty() ? model : model.withArcs(newArcs), cheaper.cardinality(), added);
    }
}
