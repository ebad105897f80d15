package org.rehabscribe.extract;

import java.util.ArrayList;
import java.util.List;
import org.rehabscribe.vocab.Tsv;

/**
 * Resolves spoken self-corrections on the token stream: in "fifteen, no, twelve minutes"
 * the old number takes the new value and the cue and the repeated number go, leaving
 * "12 minutes" at the place of the first. Cues and how far they reach are in
 * {@code corrections.tsv}. Immutable.
 */
public final class Corrections {
    private record Cue(String[] words, int reach, boolean inSpeech) {}

    private final List<Cue> cues;
    private final PhraseSet hedges;

    private Corrections(List<Cue> cues, PhraseSet hedges) {
        this.cues = cues;
        this.hedges = hedges;
    }

    public static Corrections load() {
        List<Cue> cues = new ArrayList<>();
        for (String[] f : Tsv.read("/org/rehabscribe/extract/corrections.tsv", 3)) {
            cues.add(new Cue(PhraseSet.words(f[0]), Integer.parseInt(f[1]), f[2].equals("yes")));
        }
        // longest cue first so "no wait" wins over "no"
        cues.sort((a, b) -> b.words.length - a.words.length);
        return new Corrections(List.copyOf(cues), PhraseSet.ofLines("/org/rehabscribe/extract/hedges.txt"));
    }

    public List<Token> apply(List<Token> in, boolean fromSpeech) {
        List<Token> t = settleHedges(new ArrayList<>(in));
        for (int i = 0; i < t.size(); i++) {
            for (Cue cue : cues) {
                int cueEnd = matchEnd(t, i, cue.words);
                if ((fromSpeech && !cue.inSpeech) || cueEnd < 0) {
                    continue;
                }
                int old = findNumber(t, i - 1, -1, cue.reach, false);
                if (old >= 0 && String.join(" ", cue.words).equals("er") && Regex.anyToken(t, old + 1, i, "[.;:!?]|\\*nl\\*")) {
                    continue; // "... proprioception 12'. ER 105°": a sentence ends first; "ER" is external rotation, no hesitation
                }
                if (old > 0 && vitalReading(t, old)) {
                    // "she rested a good five minutes with her sats dipping to eighty eight so call it twenty five
                    // minutes": a vital sign said on the way is not the number corrected
                    old = findNumber(t, old - 1, -1, 8, false);
                }
                boolean afterRest = false;
                if (old > 0 && restTime(t, old)) {
                    // "thirty minutes start to finish, but she rested a good five minutes, so call it twenty-five":
                    // the rest is subtracted, the time before it is the one corrected
                    int before = findNumber(t, old - 1, -1, 16, false);
                    afterRest = before >= 0 && before + 1 < t.size() && Regex.matches(t.get(before + 1).text(), MINUTE_WORD);
                    if (afterRest) {
                        // and the rest, already taken off by the speaker, is not taken off again
                        Token rest = t.get(old);
                        t.set(old, new Token("some", null, rest.origStart(), rest.origEnd(), 0, 0));
                        old = before;
                    }
                }
                // "for rotator, I mean deltoid strength, nine minutes": after "I mean" a word may be what is corrected
                boolean wordCue = String.join(" ", cue.words).matches("i mean|i meant|or rather|rather");
                // a bare "no" corrects only a number right after it: "day twelve. no step ten minutes" is "NuStep" heard
                boolean bareNo = cue.words.length == 1 && cue.words[0].equals("no");
                int now = findNumber(t, cueEnd, 1, cue.reach, wordCue || bareNo);
                if (old < 0 && now >= 0 && !hesitation(cue)) {
                    // "fifteen minutes with rests, no, sorry, fifteen minutes not counting the rests": the same time said
                    // again after a cue is one time, however many words came between
                    old = sameMinutesBefore(t, i, now);
                }
                if (old < 0 && now >= 0 && !hesitation(cue) && !wordCue) {
                    // "twelve minutes, actually make that fourteen" with the twelve heard "wild": the word before the
                    // unit stood for the number now corrected
                    old = unitWithoutNumber(t, i);
                }
                if (old < 0 || now < 0 || !wordCue && wordsAround(t, i, cueEnd) || hesitation(cue) && !minutesRestated(t, old, now)
                        || namesWhatChanges(t, cueEnd, now)) {
                    continue; // "he needed mod assist, actually, let me correct that, min assist": a word is corrected
                }
                if (old > 0 && Regex.matches(t.get(old - 1).text(), "of|x|by|times") && now + 1 < t.size()
                        && Regex.matches(t.get(now + 1).text(), MINUTE_WORD)
                        && !(old + 1 < t.size() && Regex.matches(t.get(old + 1).text(), MINUTE_WORD))) {
                    continue; // "three rounds of half a dozen, call it twelve minutes": a count, then the time
                }
                // "pain six out of ten, sorry, five out of ten": the score is corrected, not its scale
                boolean scale = false;
                if (old >= 3 && t.get(old - 1).text().equals("of") && t.get(old - 2).text().equals("out") && t.get(old - 3).isNumber()
                        && now + 3 < t.size() && t.get(now + 1).text().equals("out") && t.get(now + 2).text().equals("of")
                        && t.get(now + 3).text().equals(t.get(old).text())) {
                    old -= 3;
                    scale = true;
                }
                Token o = t.get(old);
                Token n = t.get(now);
                Double named = replacedNamed(t, now);
                if (named != null && !named.equals(o.number())) {
                    continue; // "scratch that about the gait, it was 15, not 18": it names what it replaces, elsewhere
                }
                t.set(old, new Token(n.text(), n.number(), o.origStart(), o.origEnd(), 0, 0));
                int removeTo = scale ? now + 4 : now + 1;
                // "15 minutes, sorry, 12 minutes": the unit is said twice, keep one
                if (!scale && old + 1 < t.size() && removeTo < t.size() && old + 1 < i
                        && t.get(old + 1).text().equals(t.get(removeTo).text())) {
                    removeTo++;
                }
                // "twelve minutes maybe thirteen": a cue that opens with the unit leaves the unit to the corrected number
                int removeFrom = Regex.matches(cue.words[0], MINUTE_WORD) && i == old + 1 ? i + 1 : i;
                // "15' - correction, 13'": the old number's unit mark stays with it
                int keep = old + 1 < i && t.get(old + 1).text().matches("'|\"") ? old + 1 : old;
                while (removeFrom - 1 > keep && (t.get(removeFrom - 1).isPunct()
                        || t.get(removeFrom - 1).text().matches("actually|no|wait|sorry|uh|um|oh|well|hmm|oops|er|but|like|okay|ok|or|are"))) {
                    // ("ten, or actually more like twelve" is heard "ten, are actually more like twelve")
                    removeFrom--;
                }
                Token cueToken = t.get(i);
                t.subList(removeFrom, removeTo).clear();
                if (afterRest) {
                    // what followed the new time ("of actual training") is not said of the rest
                    t.add(removeFrom, new Token(".", null, cueToken.origStart(), cueToken.origStart(), 0, 0));
                }
                dropRestatement(t, old);
                i = old;
                break;
            }
        }
        return t;
    }

    /**
     * "Wait, change the self-care to twenty-three": an instruction that names what it changes is
     * not a correction of the number said just before (the later sentence amends the named one).
     */
    private static boolean namesWhatChanges(List<Token> t, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (Regex.matches(t.get(k).text(), "change|make|put|set|bump|switch|update|fix|mark") && Regex.matches(t.get(k + 1).text(), "the|his|her")
                    && !(k + 2 < to && Regex.matches(t.get(k + 2).text(), "time|minutes?|number"))) {
                return true;
            }
        }
        return false;
    }

    private static final String MINUTE_WORD = "minutes?|mins?|min";
    /** What makes a number after a hedge a different quantity from the one before ("ten, like two sets"). */
    private static final String OTHER_QUANTITY = "x|by|sets?|reps?|out|of|/|feet|ft|foot|pounds?|lbs?|#|seconds?|secs?|"
            + "degrees?|%|percent|meters?|m|inches|inch|cm|kg|times|laps?|rounds?|steps|years?|weeks?|days?|months?";

    /**
     * "ten, maybe eleven, say eleven", "fifteen, fifteen-ish, call it fifteen", "twelve minutes or
     * so, say twelve": a number said again after words of settling ({@code hedges.txt}) is one
     * number, the last said, not two. Without a hedge only the same value said twice is one
     * ("fifteen, fifteen"); a list ("ten, twelve, fifteen") stays a list.
     */
    private List<Token> settleHedges(List<Token> t) {
        for (int a = 0; a < t.size(); a++) {
            if (!t.get(a).isNumber() || a > 0 && t.get(a).number() == 8 && Regex.matches(t.get(a - 1).text(), "cg|sb|rwsb")) {
                continue; // ("standing c g eight, eight min": typed "CGA, 8 min", the "A" heard "eight")
            }
            int j = a + 1;
            boolean unit = j < t.size() && Regex.matches(t.get(j).text(), MINUTE_WORD);
            if (unit) {
                j++;
            }
            boolean hedged = false;
            boolean comma = false;
            int said = 0;
            while (j < t.size() && said <= 4) {
                if (t.get(j).text().equals(",")) {
                    comma = true;
                    j++;
                    continue;
                }
                PhraseSet.Hit h = hedges.at(t, j);
                if (h == null && orThenSettled(t, j)) {
                    // "maybe eight, eight or nine, let's say nine": the pair weighed is passed over to the settled one
                    hedged = true;
                    said += 2;
                    j += 2;
                    continue;
                }
                if (h == null) {
                    break;
                }
                hedged = true;
                said += h.to() - j;
                j = h.to();
            }
            // (from speech no comma may be heard: "twelve minutes or so say twelve", "like eleven eleven or twelve")
            // ("that was twenty four minutes twenty four")
            boolean repeated = j == a + (unit ? 2 : 1) && j < t.size() && t.get(j).isNumber() && t.get(j).number().equals(t.get(a).number());
            // "just under ten, nine minutes": a number hedged before it, then the exact one after a pause
            hedged |= comma && !unit && a >= 2 && Regex.matches(t.get(a - 2).text() + " " + t.get(a - 1).text(),
                    "just (?:under|over)|a (?:bit|little) (?:under|over)|\\S+ (?:nearly|almost|roughly|approximately)")
                    && j < t.size() && t.get(j).isNumber() && j + 1 < t.size() && Regex.matches(t.get(j + 1).text(), MINUTE_WORD);
            if (!comma && !hedged && !repeated || j >= t.size() || !t.get(j).isNumber() || !hedged && !t.get(j).number().equals(t.get(a).number())) {
                continue;
            }
            int b = j;
            boolean unitAfter = b + 1 < t.size() && Regex.matches(t.get(b + 1).text(), MINUTE_WORD);
            if (b + 1 < t.size() && (Regex.matches(t.get(b + 1).text(), OTHER_QUANTITY) || t.get(b + 1).isNumber())
                    || a > 0 && Regex.matches(t.get(a - 1).text(), "of|x|by|out|/|times")) {
                continue; // "three sets of ten, about twelve", "ten reps times three, three minutes": a count, then a time
            }
            Token old = t.get(a);
            Token now = t.get(b);
            t.set(a, new Token(now.text(), now.number(), old.origStart(), old.origEnd(), 0, 0));
            int removeTo = unit && unitAfter ? b + 2 : b + 1;
            t.subList(unit ? a + 2 : a + 1, removeTo).clear();
            if (a >= 2 && t.get(a - 1).text().equals("to") && t.get(a - 2).isNumber()) {
                t.subList(a - 2, a).clear(); // "ten to twelve minutes, I wrote down twelve": the range settled
                a -= 2;
            }
            a--; // the settled number may be settled again ("ten, maybe eleven, say eleven")
        }
        return t;
    }

    /** At {@code j}: "or N" followed by words of settling and a number ("or nine, let's say nine"). */
    private boolean orThenSettled(List<Token> t, int j) {
        if (j + 2 >= t.size() || !t.get(j).text().equals("or") || !t.get(j + 1).isNumber()) {
            return false;
        }
        int k = j + 2;
        boolean hedged = false;
        while (k < t.size()) {
            if (t.get(k).text().equals(",")) {
                k++;
                continue;
            }
            PhraseSet.Hit h = hedges.at(t, k);
            if (h == null) {
                break;
            }
            hedged = true;
            k = h.to();
        }
        return hedged && k < t.size() && t.get(k).isNumber();
    }

    /** The word standing where a number should be, just before "minutes" right before the cue at {@code cue}; -1 if none. */
    private static int unitWithoutNumber(List<Token> t, int cue) {
        int k = cue - 1;
        while (k > 0 && (t.get(k).isPunct() && !Regex.matches(t.get(k).text(), "\\.|;")
                || Regex.matches(t.get(k).text(), "actually|no|wait|sorry|uh|um|oh|well|or"))) {
            k--;
        }
        if (k < 2 || !Regex.matches(t.get(k).text(), MINUTE_WORD)) {
            return -1;
        }
        Token w = t.get(k - 1);
        return !w.isNumber() && !w.isPunct() && Character.isLetter(w.text().charAt(0))
                && !Regex.matches(w.text(), "many|more|extra|other|the|those|these|some|of|all") ? k - 1 : -1;
    }

    /** A number of minutes said of a rest ("she rested on the bench a good five minutes"). */
    /** A vital sign's reading ("sats dipping to 88", "HR 112"), never a time. */
    private static boolean vitalReading(List<Token> t, int at) {
        if (at + 1 < t.size() && Regex.matches(t.get(at + 1).text(), MINUTE_WORD)) {
            return false;
        }
        for (int k = at - 1; k >= Math.max(0, at - 4) && !t.get(k).isPunct(); k--) {
            if (Regex.matches(t.get(k).text(), "sats?|spo2|saturation|saturations|sating|satting|hr|pulse|heart|bp|pressure|"
                    + "respirations|desatted|desaturated")) {
                return true;
            }
        }
        return false;
    }

    private static boolean restTime(List<Token> t, int at) {
        return at + 1 < t.size() && Regex.matches(t.get(at + 1).text(), MINUTE_WORD)
                && Regex.anyToken(t, Math.max(0, at - 7), at, "rest|rested|resting|break|breaks|paused|sat");
    }

    /** A number with the same value as {@code now}, both followed by minutes, within six words before the cue; -1 if none. */
    private static int sameMinutesBefore(List<Token> t, int cue, int now) {
        if (now + 1 >= t.size() || !Regex.matches(t.get(now + 1).text(), MINUTE_WORD)) {
            return -1;
        }
        int words = 0;
        for (int k = cue - 1; k >= 0 && words <= 6; k--) {
            Token tok = t.get(k);
            if (Regex.matches(tok.text(), "\\.|;|\\*nl\\*")) {
                return -1;
            }
            if (tok.isNumber() && tok.number().equals(t.get(now).number()) && k + 1 < cue
                    && Regex.matches(t.get(k + 1).text(), MINUTE_WORD)) {
                return k;
            }
            words += tok.isPunct() ? 0 : 1;
        }
        return -1;
    }

    private static boolean hesitation(Cue cue) {
        return cue.words.length == 1 && Regex.matches(cue.words[0], "um|uh");
    }

    /** "was twenty, um, twenty-three minutes": minutes follow the new number, and the old one is no set or rep count. */
    private static boolean minutesRestated(List<Token> t, int old, int now) {
        return now + 1 < t.size() && Regex.matches(t.get(now + 1).text(), MINUTE_WORD + "|'")
                && (old == 0 || !Regex.matches(t.get(old - 1).text(), "of|x|by|to|and|out|\\d.*"));
    }

    /** The cue stands between words on both sides, the same word after it as before ("mod assist, actually, min assist"). */
    private static boolean wordsAround(List<Token> t, int cueStart, int cueEnd) {
        int b = cueStart - 1;
        while (b >= 0 && (t.get(b).isPunct() || t.get(b).text().matches("uh|um|oh|well|okay|ok|actually|no|wait"))) {
            b--;
        }
        int a = cueEnd;
        while (a < t.size() && (t.get(a).isPunct() || t.get(a).text().matches("uh|um|oh|well|okay|ok|actually|no|wait|it|it's|was|'s|make|that"))) {
            a++;
        }
        // "mod assist, actually, let me correct that, min assist": the same word said again after a new one
        boolean sameWord = b >= 0 && a + 1 < t.size() && (t.get(a).text().equals(t.get(b).text()) || t.get(a + 1).text().equals(t.get(b).text()));
        return sameWord && !t.get(b).isNumber() && !t.get(a).isNumber();
    }

    /** The number said as the one replaced right after a new number ("15 minutes, not 18"), or null. */
    private static Double replacedNamed(List<Token> t, int now) {
        int k = now + 1;
        while (k < t.size() && t.get(k).text().matches(",|minutes?|mins?|min")) {
            k++;
        }
        return k + 1 < t.size() && t.get(k).text().equals("not") && t.get(k + 1).isNumber() ? t.get(k + 1).number() : null;
    }

    /** "twelve minutes, no, sorry, ten, it was ten": the corrected number said once more is not a second time. */
    private static void dropRestatement(List<Token> t, int corrected) {
        int k = corrected + 1;
        if (k < t.size() && t.get(k).text().matches("minutes?|mins?")) {
            k++;
        }
        int from = k;
        while (k < t.size() && t.get(k).isPunct() && !t.get(k).text().equals(".")) {
            k++;
        }
        if (k == from) {
            return;
        }
        int lead = k;
        while (k < t.size() && k - lead < 2 && t.get(k).text().matches("it|that|'s|was|so|yes|yeah")) {
            k++;
        }
        if (k < t.size() && t.get(k).isNumber() && t.get(k).text().equals(t.get(corrected).text())) {
            int to = k + 1;
            if (to < t.size() && t.get(to).text().matches("minutes?|mins?")) {
                to++;
            }
            t.subList(from, to).clear();
        }
    }

    /** The index just past {@code words} said from {@code at}, commas allowed between them ("no, wait"); -1 if not said. */
    private static int matchEnd(List<Token> t, int at, String[] words) {
        int k = at;
        for (int w = 0; w < words.length; w++) {
            while (w > 0 && k < t.size() && t.get(k).text().equals(",")) {
                k++;
            }
            if (k >= t.size() || !t.get(k).text().equals(words[w])) {
                return -1;
            }
            k++;
        }
        return k;
    }

    /** Words that may stand between a correction cue and the corrected number. */
    private static final String FILLER = "it|it's|'s|is|was|were|that|that's|this|like|about|more|less|uh|um|er|ah|make|made|the|a|"
            + "maybe|be|say|said|let|let's|me|think|actually|no|nope|not|sorry|closer|to|around|approximately|roughly|oh|well|"
            + "wait|i|'m|i'm|am|call|mean|meant|really|only|just|total|all|together|so|and|yeah|yes|okay|ok|right|was|were|"
            + "more|like|for|minutes?|mins?|min|reps?|sets?|of|x|times|by|pounds?|lbs?|feet|ft|seconds?|secs?|degrees?|out|on|at";

    /** The first numeric token from {@code from} in direction {@code step} within {@code reach} words; -1 if none. */
    private static int findNumber(List<Token> t, int from, int step, int reach, boolean onlyFiller) {
        int words = 0;
        for (int k = from; k >= 0 && k < t.size(); k += step) {
            Token tok = t.get(k);
            // "Twenty-six minutes. Actually no, twenty-four": a cue may open the next sentence
            boolean cueOpensSentence = step < 0 && words == 0 && k == from;
            // "DGI was seventeen sorry. eighteen out of twenty four" (a pause heard after the cue): the cue may close one
            boolean cueClosesSentence = step > 0 && words == 0 && k == from && k + 1 < t.size() && t.get(k + 1).isNumber();
            if ((tok.text().equals(".") || tok.text().equals(";")) && !cueOpensSentence && !cueClosesSentence) {
                return -1;
            }
            if (tok.isNumber()) {
                return k;
            }
            if (onlyFiller && !tok.isPunct() && !Regex.matches(tok.text(), FILLER)) {
                return -1; // "for rotator, I mean deltoid strength, nine minutes": a word was corrected, not a number
            }
            if (!tok.isPunct() && ++words >= reach) {
                return -1;
            }
        }
        return -1;
    }
}
