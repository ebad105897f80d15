package org.rehabscribe.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides the code of an activity whose code depends on its goal (squats for quad strength
 * are 97110, squats on foam for balance 97112, sit to stand for transfers 97530), from the
 * goal words said near it ({@code intent-cues.tsv}). Immutable; thread-safe.
 */
public final class IntentResolver {
    /** The code chosen, the words that chose it, and whether nothing was said (default used). */
    public record Decision(String cpt, String words, boolean unclear) {}

    /** The codes the intent model learns and may choose between. */
    public static final java.util.Set<String> LEARNED = java.util.Set.of("97110", "97112", "97530");
    /** Below this probability the model's choice is not taken. */
    private static final double MIN_PROBABILITY = 0.6;
    private static final String CUES = "/org/rehabscribe/extract/intent-cues.tsv";
    /** The tag of cue-like words that state no goal ("pelvic floor"). */
    private static final String NO_GOAL = "none";
    /** The tag suffix of words that say where the work was done, not what for ("shelf"). */
    private static final String SETTING = "/setting";
    private final PhraseSet cues;
    private final List<String> phrases;
    private final IntentModel model;

    private IntentResolver(PhraseSet cues, List<String> phrases, IntentModel model) {
        this.cues = cues;
        this.phrases = List.copyOf(phrases);
        this.model = model;
    }

    /** The same cues, consulting {@code model} where no goal words were said. */
    public IntentResolver withModel(IntentModel model) {
        return new IntentResolver(cues, phrases, model);
    }

    public static IntentResolver fromCues() {
        List<String> phrases = new ArrayList<>();
        for (String[] f : org.rehabscribe.vocab.Tsv.read(CUES, 2)) {
            phrases.addAll(List.of(f[0].split("\\|")));
        }
        return new IntentResolver(PhraseSet.ofTsv(CUES), phrases, null);
    }

    /** The goal phrases and the code each points to ("none" for words that state no goal). */
    PhraseSet cues() {
        return cues;
    }

    /** The goal phrases this resolver knows, for the speech-term index. */
    public List<String> phrases() {
        return phrases;
    }

    public Decision decide(List<Token> tok, Layout layout, Mention m, String defaultCpt) {
        return decide(tok, layout, m, defaultCpt, 0);
    }

    /** The same, counting only goal words from token {@code from} on ("the bike and the lifting block were for ... strength"). */
    public Decision decide(List<Token> tok, Layout layout, Mention m, String defaultCpt, int from) {
        // (said of things named again, the goal is read on from the verb: "the sit to stands, Dana's goal for those is him
        // getting off the couch and the toilet")
        List<PhraseSet.Hit> hits = goalHits(tok, layout, m, from > 0 ? from + 12 : 0);
        hits.removeIf(h -> h.from() < from);
        // "walking with head turns": gait unless a balance or strength goal is said; no goal is no doubt
        boolean ownCode = !LEARNED.contains(defaultCpt);
        if (ownCode) {
            // "treadmill walking ... for her gait pattern and endurance": a goal of its own code keeps it
            for (PhraseSet.Hit h : hits) {
                if (h.tag().equals(defaultCpt)) {
                    return new Decision(defaultCpt, h.phrase(), false);
                }
            }
            hits.removeIf(h -> !LEARNED.contains(h.tag()) || h.tag().equals("97530"));
            if (hits.isEmpty()) {
                return new Decision(defaultCpt, null, false);
            }
        }
        if (hits.isEmpty()) {
            if (model != null) {
                IntentModel.Prediction p = model.classify(IntentContext.of(tok, layout, m));
                if (p.probability() >= MIN_PROBABILITY && LEARNED.contains(p.cpt())) {
                    // no goal said: the context reads as this kind of work, still worth a warning
                    return new Decision(p.cpt(), null, true);
                }
            }
            return new Decision(defaultCpt, null, true);
        }
        // the goal said right after the activity counts most ("squats to improve balance")
        PhraseSet.Hit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PhraseSet.Hit h : hits) {
            int d = h.from() >= m.to() ? h.from() - m.to() : 2 * (m.from() - h.to()) + 1;
            if (d < bestDistance) {
                bestDistance = d;
                best = h;
            }
        }
        return new Decision(best.tag(), best.phrase(), false);
    }

    /** Whether a goal said near the activity is one of {@code cpt}'s ("cueing for stride length": gait). */
    public boolean hasGoalOf(List<Token> tok, Layout layout, Mention m, String cpt) {
        return goalHits(tok, layout, m).stream().anyMatch(h -> h.tag().equals(cpt));
    }

    /** The goal words near an activity, for the rationale; null when none. */
    public String goalWords(List<Token> tok, Layout layout, Mention m) {
        List<PhraseSet.Hit> hits = goalHits(tok, layout, m);
        if (hits.isEmpty()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        hits.forEach(h -> words.add(h.phrase()));
        return String.join(", ", words);
    }

    private List<PhraseSet.Hit> goalHits(List<Token> tok, Layout layout, Mention m) {
        return goalHits(tok, layout, m, 0);
    }

    /** Goal words around the activity, reading on to {@code reach} at least. */
    private List<PhraseSet.Hit> goalHits(List<Token> tok, Layout layout, Mention m, int reach) {
        List<PhraseSet.Hit> out = new ArrayList<>();
        int from = Math.max(0, m.from() - 8);
        int to = Math.min(tok.size(), Math.max(m.to() + 14, reach));
        for (int i = from; i < to; i++) {
            if (i >= m.from() && i < m.to()) {
                continue;
            }
            if (!layout.sameSentence(i, m.from())) {
                continue;
            }
            i = cueAt(tok, i, out);
        }
        // "..., cueing the knee over the toe, that's for his dynamic valgus, motor control": a goal said
        // for the whole sentence, however far after the activity
        for (int i = m.to(); i < tok.size() && layout.sameSentence(i, m.from()); i++) {
            if (tok.get(i).text().equals("for") && i >= 2 && Regex.matches(tok.get(i - 1).text(), "'s|is|all|both|these|those|them|this|that|it")) {
                cuesInSentence(tok, layout, i + 1, m.from(), out);
                break;
            }
        }
        // "hip hinge patterning with a dowel, three by ten, and quadruped rock-backs, for lumbopelvic motor control", "...,
        // so he can keep up with his friends on the playground": a goal closing the list the activity heads
        for (int i = m.to(); out.isEmpty() && i + 1 < tok.size() && i - m.to() <= 24 && layout.sameSentence(i, m.from()); i++) {
            if (tok.get(i).text().equals(",") && Regex.matches(tok.get(i + 1).text(), "for|so|to")) {
                for (int k = i + 2; out.isEmpty() && k < Math.min(tok.size(), i + 12) && layout.sameSentence(k, m.from()); k++) {
                    k = cueAt(tok, k, out); // the first goal said: "for pelvic floor strength" is no floor transfer
                }
            }
        }
        // "treadmill walking at a moderate pace and staying under her symptom threshold for exercise tolerance and
        // endurance twelve minutes" (heard without its commas): a goal said with "for" past the window, before the
        // time that closes the item
        for (int i = m.to(); out.isEmpty() && i < Math.min(tok.size(), m.to() + 26) && layout.sameSentence(i, m.from()); i++) {
            String w = tok.get(i).text();
            if (Regex.matches(w, "then|next|;|:") || i + 1 < tok.size() && Regex.matches(w, "\\d+")
                    && Regex.matches(tok.get(i + 1).text(), "min|mins|minutes|minute|'")) {
                break;
            }
            if (w.equals("for")) {
                for (int k = i + 1; out.isEmpty() && k < Math.min(tok.size(), i + 5) && layout.sameSentence(k, m.from()); k++) {
                    k = cueAt(tok, k, out);
                }
            }
        }
        // "For lifting at work, we practiced floor to waist lifts with a box, hip hinge pattern, ...": a sentence opened
        // by its goal ("For X, ...") gives it to everything the sentence lists, however far
        if (out.isEmpty()) {
            int k = layout.sentenceStart(m.from());
            while (k < m.from() && Regex.matches(tok.get(k).text(), "then|and|now|next|so|,|okay|ok|um|uh|lastly|finally")) {
                k++;
            }
            if (k < m.from() && tok.get(k).text().equals("for")) {
                for (int j = k + 1; j < m.from() && !Regex.matches(tok.get(j).text(), ",|:|;"); j++) {
                    j = cueAt(tok, j, out);
                }
            }
        }
        // "... finger-to-thumb opposition, sixteen minutes. The purpose of these is to improve coordination": the goal
        // given in a sentence of its own for what the sentence before did
        if (out.isEmpty()) {
            int next = m.to();
            while (next < tok.size() && layout.sameSentence(next, m.from())) {
                next++;
            }
            StringBuilder opening = new StringBuilder();
            for (int k = next; k < Math.min(tok.size(), next + 6); k++) {
                opening.append(tok.get(k).text()).append(' ');
            }
            if (next < tok.size() && Regex.matches(opening.toString(), PURPOSE_SENTENCE)) {
                cuesInSentence(tok, layout, next, next, out);
            }
        }
        return withoutSettings(out);
    }

    /**
     * "light reaching, putting cans on the second shelf": where the work was done points to its
     * code ({@code cpt/setting} in intent-cues.tsv) only when no goal was said ("cups to a
     * shelf, ..., for motor control and coordination" is balance work).
     */
    private static List<PhraseSet.Hit> withoutSettings(List<PhraseSet.Hit> hits) {
        boolean goalSaid = hits.stream().anyMatch(h -> !h.tag().endsWith(SETTING));
        List<PhraseSet.Hit> out = new ArrayList<>();
        for (PhraseSet.Hit h : hits) {
            if (!h.tag().endsWith(SETTING)) {
                out.add(h);
            } else if (!goalSaid) {
                out.add(new PhraseSet.Hit(h.phrase(), h.tag().substring(0, h.tag().length() - SETTING.length()), h.from(), h.to()));
            }
        }
        return out;
    }

    /** The goal cues from token {@code from} to the end of {@code anchor}'s sentence, added to {@code out}. */
    private void cuesInSentence(List<Token> tok, Layout layout, int from, int anchor, List<PhraseSet.Hit> out) {
        for (int k = from; k < tok.size() && layout.sameSentence(k, anchor); k++) {
            k = cueAt(tok, k, out);
        }
    }

    /**
     * The goal cue starting at token {@code k}, if any, added to {@code out} (words that only look like
     * one, "pelvic floor", are passed over); returns the last token it covers, or {@code k}.
     */
    private int cueAt(List<Token> tok, int k, List<PhraseSet.Hit> out) {
        PhraseSet.Hit h = cues.at(tok, k);
        if (h == null) {
            return k;
        }
        if (!h.tag().equals(NO_GOAL) && !whenNotWhy(tok, k)) {
            out.add(h);
        }
        return h.to() - 1;
    }

    /** "before the walking we did sit to stands": an activity named to say when, not what for. */
    private static boolean whenNotWhy(List<Token> tok, int k) {
        int j = k - 1;
        while (j >= 0 && k - j <= 3 && Regex.matches(tok.get(j).text(), "the|her|his|their|all|that|any|some")) {
            j--;
        }
        return j >= 0 && Regex.matches(tok.get(j).text(), "before|after|following|until|till|prior");
    }

    /** The opening of a sentence that gives the goal of what was just described. */
    private static final String PURPOSE_SENTENCE = "(?:[.,] )?(?:the (?:purpose|goal|aim|point|reason) (?:of|for) (?:these|this|that|those|them|it|all of that)"
            + "|(?:these|those|this|that|they|it|all of that|both) (?:were|was|are|is) (?:all )?(?:to|for|aimed at|targeting|meant to)"
            + "|the reason i (?:chose|picked|did|used) (?:these|this|that|them|those)) .*";
}
