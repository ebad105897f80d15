package org.rehabscribe.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rehabscribe.core.OutcomeMeasure;
import org.rehabscribe.core.Span;
import org.rehabscribe.vocab.MeasureBook;
import org.rehabscribe.vocab.MeasureDef;

/**
 * The outcome measures of a dictation: each named test read with its value ({@link
 * MeasureReader}), merged when said twice ("Berg 48 ... up from 42"), both sides kept, goals
 * left out; and scores whose name was lost, named by their scale ("fourteen out of twenty
 * four" is the DGI; from speech, an unnamed score out of ten is pain, {@code
 * unnamed-scores.tsv}). Thread-safe.
 */
final class OutcomeMeasures {
    private final MeasureReader measures = new MeasureReader();
    private final MeasureBook measureBook = MeasureBook.get();
    private final List<String[]> unnamedScores;

    /** Every name of each measure, joined into one word ("quickdash", "bergbalancescale"). */
    private final Map<String, List<String>> names = new LinkedHashMap<>();

    OutcomeMeasures(List<String[]> unnamedScores, List<Term> measureTerms) {
        this.unnamedScores = unnamedScores;
        for (Term t : measureTerms) {
            names.computeIfAbsent(t.target(), k -> new ArrayList<>()).add(t.phrase().replaceAll("[^a-z]", ""));
        }
    }

    private final PhraseSet unscoredCues = PhraseSet.ofLines("/org/rehabscribe/extract/unscored-cues.txt");

    private boolean unscored(List<Token> tok, Layout layout, int at, List<Mention> measureMentions, List<Mention> all) {
        for (PhraseSet.Hit h : unscoredCues.find(tok)) {
            // "TUG 16.4 s, pain 3/10, shower transfer trng deferred": said of the activity named after the measure
            boolean ofActivity = all.stream().anyMatch(o -> o.from() > at && o.to() <= h.from()
                    && o.term().kind() != Term.Kind.MEASURE && o.term().kind() != Term.Kind.OTHER)
                    // "kitchen task deferred pt declined moca twenty one thirty" (no stop heard): said of the activity before it
                    || h.from() < at && all.stream().anyMatch(o -> o.to() <= h.from() && h.from() - o.to() <= 1
                    && o.term().kind() != Term.Kind.MEASURE && o.term().kind() != Term.Kind.OTHER)
                    // "putty planned deferred pt fatigued p s f s avg five point three": a cue well before the name is not its
                    || h.from() < at && at - h.to() > 3
                    // "bartolo index forty one hundredth, shower training is deferred" (the stop heard as a comma): scored, then another thing
                    || scoredRightAfter(tok, at, h.from());
            if (ofActivity) {
                continue;
            }
            boolean oneSide = h.from() > 0 && Regex.matches(tok.get(h.from() - 1).text(), "right|left|r|l|rt|lt|bilaterally|other");
            // "grip not tested yet per protocol quick dash fifty two": the cue is said of the measure it follows
            boolean ofAnother = measureMentions.stream().anyMatch(o -> o.from() != at && o.to() <= h.from() && h.from() - o.to() <= 1);
            if (layout.sameSentence(h.from(), at) && !oneSide && !ofAnother) { // "grip left 68 pounds, right not tested": one side only
                return true;
            }
        }
        return false;
    }

    /** The measure's name, its score straight after it, then a comma and a few words before {@code cue}. */
    private static boolean scoredRightAfter(List<Token> tok, int at, int cue) {
        int name = at;
        while (name < cue && !tok.get(name).isNumber() && name - at < 4) {
            name++;
        }
        if (name >= cue || !tok.get(name).isNumber()) {
            return false;
        }
        int comma = -1;
        for (int k = name + 1; k < cue; k++) {
            if (tok.get(k).text().equals(",")) {
                comma = k;
                break;
            }
        }
        return comma > 0 && cue - comma > 3;
    }

    private static boolean condition(List<Token> tok, int from) {
        int k = from - 1;
        if (k >= 0 && Regex.matches(tok.get(k).text(), "the|her|his|their|a")) {
            k--;
        }
        return k >= 0 && Regex.matches(tok.get(k).text(), "if|once|until|unless|till");
    }

    /** "for range of motion and grip strength": a measure's name joined by "and" to a goal after "for". */
    private static boolean coordinatedGoal(List<Token> tok, int at) {
        if (at < 2 || !Regex.matches(tok.get(at - 1).text(), "and|or|&|\\+|/")) {
            return false;
        }
        for (int k = at - 2; k >= Math.max(0, at - 7); k--) {
            String w = tok.get(k).text();
            if (Regex.matches(w, "for|improve|improving|increase|increasing|to")) {
                return true;
            }
            if (tok.get(k).isNumber() || Regex.matches(w, "[.,;:]|\\*nl\\*")) {
                return false;
            }
        }
        return false;
    }

    List<OutcomeMeasure> read(NormalizedText nt, Layout layout, List<Mention> all, List<Mention> measureMentions,
                                              boolean fromSpeech) {
        Map<String, OutcomeMeasure> merged = new LinkedHashMap<>();
        List<OutcomeMeasure> out = new ArrayList<>();
        for (Mention m : measureMentions) {
            if (m.from() > 0 && Regex.matches(nt.tokens().get(m.from() - 1).text(), "for|improve|improving|increase|increasing|improved")
                    || coordinatedGoal(nt.tokens(), m.from())) {
                continue; // "putty for grip strength", "for range of motion and grip strength": the goal, not a test
            }
            if (condition(nt.tokens(), m.from())) {
                continue; // "jog progression next wk if SLS >20s", "discharge once her Berg is over 50": a condition, not a reading
            }
            if (unscored(nt.tokens(), layout, m.from(), measureMentions, all)) {
                continue; // "we started the Berg but she fatigued at item ten, so it wasn't scored"
            }
            if (DoneToday.goalSentence(nt.tokens(), layout, m.from())) {
                continue; // "Goals: QuickDASH under 25, left grip 80 percent of right"
            }
            int end = nt.tokens().size();
            // "PSFS reaching into the overhead cabinet 6/10": the task scored is named before its score
            boolean taskScored = measureBook.measure(m.term().target()).map(MeasureDef::scoresNamedTask).orElse(false);
            for (Mention o : all) {
                if (taskScored && o.term().kind() != Term.Kind.MEASURE && layout.sameSentence(o.from(), m.from())) {
                    continue;
                }
                Term.Kind k = o.term().kind();
                if (o.from() > 0 && o.from() - m.to() <= 2 && Regex.matches(nt.tokens().get(o.from() - 1).text(), "with|on|during|when")) {
                    continue; // "pain with pinch 5/10", "pain on stairs 2/10": when it was measured, not the next item
                }
                if (o.from() >= m.to() && (k == Term.Kind.MEASURE || (k == Term.Kind.CATEGORY || k == Term.Kind.ACTIVITY) && !o.term().weak())) {
                    end = o.from();
                    break;
                }
            }
            List<OutcomeMeasure> read = measures.read(nt, m, end);
            read = read.stream().filter(r -> out.stream().noneMatch(o -> o.measure().equals(r.measure()) && overlaps(o, r))).toList();
            if (read.size() != 1) {
                out.addAll(read);
                continue;
            }
            OutcomeMeasure om = read.get(0);
            OutcomeMeasure before = merged.get(om.measure());
            if (before == null) {
                merged.put(om.measure(), om);
                out.add(om);
            } else if (before.previous() == null && om.previous() != null && om.value() == before.value()) {
                // said again with its earlier value: "Berg 48 ... up from 42"
                List<Span> ev = new ArrayList<>(before.evidence());
                ev.addAll(om.evidence());
                OutcomeMeasure combined = new OutcomeMeasure(om.measure(), before.value(), before.unit(), before.max(),
                        om.previous(), ev);
                out.set(out.indexOf(before), combined);
                merged.put(om.measure(), combined);
            }
            else if (before.previous() == null && om.previous() == null && om.value() != before.value()
                    && afterTreatment(nt.tokens(), layout, m)) {
                // "S: pain 4/10 pre-tx ... Pain 2/10 post": the rating after treatment, changed from the one before
                List<Span> ev = new ArrayList<>(before.evidence());
                ev.addAll(om.evidence());
                OutcomeMeasure combined = new OutcomeMeasure(om.measure(), om.value(), om.unit(), om.max(), before.value(), ev);
                out.set(out.indexOf(before), combined);
                merged.put(om.measure(), combined);
            }
            else if (m.from() > 0 && Regex.matches(nt.tokens().get(m.from() - 1).text(), "left|right|l|r|lt|rt|dominant|nondominant")
                    && om.value() != before.value()) {
                out.add(om); // "...; left grip was 61 pounds": the other side
            }
            // otherwise the first reading stands: later mentions are goals or plans ("when LEFS exceeds 65")
        }
        out.addAll(scoresNamedByTheirScale(nt, layout, measureMentions,
                out.stream().map(OutcomeMeasure::measure).collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new)),
                fromSpeech));
        return out;
    }

    /** "Pain 2/10 post", "pain after treatment three out of ten": a reading taken after the treatment. */
    private static boolean afterTreatment(List<Token> tok, Layout layout, Mention m) {
        for (int k = Math.max(0, m.from() - 3); k < Math.min(tok.size(), m.to() + 8) && (k < m.from() || layout.sameSentence(k, m.from())); k++) {
            if (Regex.matches(tok.get(k).text(), "post|post-tx|post-treatment|posttreatment|after|afterwards|afterward")
                    && !(k + 1 < tok.size() && Regex.matches(tok.get(k + 1).text(), "op|operative|surgery|injury|fall|stroke|partum"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "... went from fourteen to nineteen out of twenty four": a score whose scale maximum
     * belongs to one measure only (24 the DGI, 56 the Berg) is that measure even when its name
     * was lost, as recognizers lose "DGI" and "Tinetti". Only where no measure was named just
     * before and that measure has no value yet. From speech, a scale several measures share
     * names the one usually meant ({@code unnamed-scores.tsv}: "paid seven out of ten" is pain).
     */
    private List<OutcomeMeasure> scoresNamedByTheirScale(NormalizedText nt, Layout layout, List<Mention> named,
                                                         java.util.Set<String> found, boolean fromSpeech) {
        List<Token> tok = nt.tokens();
        List<OutcomeMeasure> out = new ArrayList<>();
        for (int i = 1; i + 1 < tok.size(); i++) {
            // "42/56", "42 out of 56", "58 of 80"
            int d = tok.get(i).text().equals("/") ? i + 1
                    : tok.get(i).text().equals("out") && tok.get(i + 1).text().equals("of") ? i + 2
                    : tok.get(i).text().equals("of") ? i + 1 : -1;
            if (d < 0 && fromSpeech && tok.get(i).isNumber() && tok.get(i - 1).isNumber()
                    && measureBook.withUniqueMax(tok.get(i).number()) != null && tok.get(i - 1).number() < tok.get(i).number()
                    && (i + 1 >= tok.size() || !Regex.matches(tok.get(i + 1).text(), "feet|ft|foot|meters?|m|seconds?|s|secs?|"
                            + "minutes?|mins?|min|pounds?|lbs?|lb|degrees?|percent|%|reps?|times|steps|yards?"))) {
                d = i; // typed "44/56" read aloud and heard without its "ths": "but forty four fifty six"
            }
            boolean adjacent = d == i;
            if (d > 0 && d + 1 < tok.size() && tok.get(d).text().equals("a") && tok.get(d + 1).isNumber()) {
                d++; // "out of a hundred"
            }
            if (d < 0 || d >= tok.size() || !tok.get(d).isNumber() || !tok.get(i - 1).isNumber()) {
                continue;
            }
            String id = measureBook.withUniqueMax(tok.get(d).number());
            int at = i - 1;
            // "HH PT visit 4/10" read aloud "visit four tenths": a date, not a rating
            boolean date = at > 0 && Regex.matches(tok.get(at - 1).text(), "visit|seen|dated|date|dos|on") && tok.get(at).number() <= 12;
            if (id == null && !date && fromSpeech) {
                id = soundedName(tok, layout, at, tok.get(d).number());
            }
            if (id == null && !date && (fromSpeech || ratedBodyPart(tok, layout, at))) {
                id = unnamedScore(tok, layout, at, tok.get(d).number());
            }
            if (id == null || found.contains(id)
                    || named.stream().anyMatch(m -> m.to() <= at && at - m.to() <= 10 && layout.sameSentence(m.from(), at))) {
                continue;
            }
            int from = at;
            while (!adjacent && from > 0 && at - from < 6 && layout.sameSentence(from - 1, at) && !tok.get(from - 1).isPunct()) {
                from--;
            }
            Mention m = new Mention(new Term("out of " + tok.get(d).text(), Term.Kind.MEASURE, id, false, false, null), from, from);
            List<OutcomeMeasure> read = measures.read(nt, m, d + 1);
            if (read.size() == 1) {
                out.add(read.get(0));
                found.add(id);
            }
        }
        return out;
    }

    /**
     * From speech, "barthelme forty out of a hundred", "quick rush eighteen out of a hundred": on a scale
     * several measures share, the one whose name sounds most like the words just before the score, when
     * it sounds close enough (its letters or its Double Metaphone key at least {@value #SOUNDS_LIKE} alike).
     */
    private String soundedName(List<Token> tok, Layout layout, int at, double max) {
        StringBuilder said = new StringBuilder();
        String best = null;
        double bestSimilarity = SOUNDS_LIKE;
        for (int k = at - 1; k >= Math.max(0, at - 3) && layout.sameSentence(k, at); k--) {
            String w = tok.get(k).text();
            if (tok.get(k).isNumber() || tok.get(k).isPunct()) {
                break;
            }
            if (said.length() == 0 && Regex.matches(w, "was|is|of|a|the|score|scored|today|at|now|on")) {
                continue;
            }
            said.insert(0, w.replaceAll("[^a-z]", ""));
            for (MeasureDef def : measureBook.all()) {
                if (def.max() == null || def.max() != max) {
                    continue;
                }
                for (String name : names.getOrDefault(def.id(), List.of())) {
                    double sim = Math.max(TermIndex.similarity(said.toString(), name),
                            TermIndex.similarity(TermIndex.key(said.toString()), TermIndex.key(name)));
                    if (sim > bestSimilarity && said.charAt(0) == name.charAt(0)) {
                        bestSimilarity = sim;
                        best = def.id();
                    }
                }
            }
        }
        return best;
    }

    private static final double SOUNDS_LIKE = 0.6;

    /** The measure a score on a shared scale usually is, unless its sentence says something else was rated. */
    private String unnamedScore(List<Token> tok, Layout layout, int at, double max) {
        for (String[] row : unnamedScores) {
            if (Double.parseDouble(row[0]) != max) {
                continue;
            }
            Set<String> others = Set.of(row[2].split("\\|"));
            for (int k = layout.sentenceStart(at); k < tok.size() && layout.sameSentence(k, at); k++) {
                if (others.contains(tok.get(k).text())) {
                    return null;
                }
            }
            return DoneToday.goalSentence(tok, layout, at) || DoneToday.planSentence(tok, layout, at) ? null : row[1];
        }
        return null;
    }

    private final PhraseSet ratedBodyParts = PhraseSet.ofLines("/org/rehabscribe/extract/rated-body-parts.txt");

    /** "legs are about five out of ten", "knee's a 3/10": the score follows a body part ({@code rated-body-parts.txt}). */
    private boolean ratedBodyPart(List<Token> tok, Layout layout, int at) {
        int k = at - 1;
        while (k >= 0 && at - k <= 4 && layout.sameSentence(k, at)
                && Regex.matches(tok.get(k).text(), "is|are|was|were|'s|at|about|around|maybe|like|a|an|still|today|now|um|uh")) {
            k--;
        }
        if (k < 0 || !layout.sameSentence(k, at)) {
            return false;
        }
        // the body part ends at k: a name of one word, or of two ("low back")
        for (int start = k; start >= Math.max(0, k - 1); start--) {
            PhraseSet.Hit h = ratedBodyParts.at(tok, start);
            if (h != null && h.to() - 1 == k) {
                return true;
            }
        }
        return false;
    }

    /** "right eight pounds, left eleven pounds on the dynamometer": one value read twice is one value. */
    private static boolean overlaps(OutcomeMeasure a, OutcomeMeasure b) {
        for (Span x : a.evidence()) {
            for (Span y : b.evidence()) {
                if (x.start() < y.end() && y.start() < x.end()) {
                    return true;
                }
            }
        }
        return false;
    }
}
