package org.rehabscribe.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rehabscribe.core.OutcomeMeasure;
import org.rehabscribe.core.Span;
import org.rehabscribe.vocab.MeasureBook;
import org.rehabscribe.vocab.MeasureDef;

/**
 * Reads the value of an outcome measure from the words after its name: "Berg went from
 * forty two to forty eight", "BBS 42/56 (prev 38/56)", "TUG 12.3 s", "48, up from 42",
 * "grip R 42 lb L 55 lb" (two entries). Values outside the scale are not values.
 */
final class MeasureReader {
    private static final Set<String> PREVIOUS_BEFORE = Set.of("prev", "previously", "previous", "from", "baseline",
            "initially", "initial", "prior", "last", "down", "up", "compared", "vs", "versus", "ie", "soc", "adm", "admission", "eval");
    private static final Set<String> CURRENT_BEFORE = Set.of("now", "today", "currently", "presently");
    private static final Set<String> PREVIOUS_AFTER = Set.of("last", "previously", "prior", "initially", "before",
            "prev", "previous", "at", "on");
    private static final Set<String> SIDES = Set.of("right", "left", "r", "l", "rt", "lt", "rue", "lue", "rle", "lle",
            "dominant", "nondominant", "non");
    private static final Set<String> STOP = Set.of(".", ";", "!", "?", "*nl*");

    private final MeasureBook book = MeasureBook.get();

    /** A number in the window with what the words around it say it is. */
    private record Num(double value, Double denominator, int index, boolean previous, String side, String unit, boolean current) {
        Num(double value, Double denominator, int index, boolean previous, String side, String unit) {
            this(value, denominator, index, previous, side, unit, false);
        }
    }

    /** "He scored a thirty-eight on the Berg today, was thirty-one": the score is said before the name. */
    private static boolean scoredBefore(List<Token> t, int from) {
        int k = from - 1;
        while (k >= 0 && Regex.matches(t.get(k).text(), "the|on|in|a|an|percent|%|points?|seconds?")) {
            k--; // "he scored twenty-eight percent on the Oswestry"
        }
        if (k < 1 || !t.get(k).isNumber()) {
            return false;
        }
        for (int j = Math.max(0, k - 3); j < k; j++) {
            if (Regex.matches(t.get(j).text(), "scored|score|scoring|got|gets|scores")) {
                return true;
            }
        }
        return false;
    }

    List<OutcomeMeasure> read(NormalizedText nt, Mention m, int windowEnd) {
        MeasureDef def = book.measure(m.term().target()).orElseThrow();
        List<Token> t = nt.tokens();
        int limit = def.id().equals("nprs") ? Math.min(windowEnd, m.to() + 15) : Math.min(windowEnd, m.to() + 16);
        // "grip on the left measured 31 pounds, up from 18 pounds three weeks ago, and 84 pounds on the right":
        // the other side may come later in the sentence
        int sidedLimit = Math.min(windowEnd, m.to() + 26);
        List<Num> nums = new ArrayList<>();
        boolean todayClause = false;
        boolean pain = def.id().equals("nprs");
        boolean comma = false;
        int lastComma = m.to();
        for (int i = m.to(); i < sidedLimit && i < t.size(); i++) {
            Token tok = t.get(i);
            if (STOP.contains(tok.text())) {
                if (todayNext(t, i + 1) && !nums.isEmpty() && nums.stream().noneMatch(Num::current)) {
                    // "At eval her QuickDASH was 70; today it's 54.5."
                    limit = Math.min(t.size(), i + 6);
                    sidedLimit = limit;
                    todayClause = true;
                    continue;
                }
                if (otherSideNext(t, i + 1) && nums.stream().anyMatch(n -> n.side() != null)
                        && !sideAlreadyRead(t, i + 1, nums)) { // ("... right thirty. left sixty four out of eighty": LEFS heard)
                    // "Nine-hole peg on the right thirty-eight seconds. Left was twenty-one."
                    sidedLimit = Math.min(t.size(), i + 6);
                    limit = sidedLimit;
                    continue;
                }
                break;
            }
            if (tok.text().equals(",")) {
                comma = true;
                lastComma = i;
            }
            boolean after = !nums.isEmpty() && (tok.isNumber() && saidAsNew(t, i)
                    || tok.text().equals(",") && i + 1 < t.size() && t.get(i + 1).isNumber() && saidAsNew(t, i + 1));
            if (pain && after && tok.isNumber() && !Regex.allTokens(t, lastComma + 1, i, "down|up|to|a|an|went|now|it|was|and|then|um|uh|she|he|'s|is")) {
                after = false; // "6/10 was 8/10, urgency episodes down to 2/day": another thing's number
            }
            boolean rating = tok.isNumber() && i + 1 < t.size() && Regex.matches(t.get(i + 1).text(), "/|out");
            // ("pain, six today.": from speech, a pause heard right after the name, the rating next)
            boolean paused = lastComma == m.to() && i == m.to() + 1 && tok.isNumber()
                    && (i + 1 >= t.size() || Regex.matches(t.get(i + 1).text(), "today|now|currently|\\.|at|this"));
            if (pain && comma && !after && !paused && (i > m.to() + 6 || tok.isNumber()) && !(rating && i <= m.to() + 14)) {
                // "low back pain, visit number 6 of 12": past a comma only a rating on its scale ("4/10") is read,
                // or the rating it went to ("seven out of ten at the start, four after"); a rating may come a few
                // words on ("pain with stairs and after runs longer than three miles, four out of ten")
                if (i > m.to() + 14) {
                    break;
                }
                continue;
            }
            Num n = number(t, i, m.to());
            if (n == null || i + 1 < t.size() && (Regex.matches(t.get(i + 1).text(), "sets?|miles?|mi|km|x/.*|/wk|/week|/day|hours?|hrs?|days?|weeks?|wks?|"
                    + "months?|years?|flights?|falls|near|episodes?|visits?|liters?|litres?|lpm")
                    || Regex.matches(t.get(i + 1).text(), "x|by") && i + 2 < t.size() && t.get(i + 2).isNumber()
                    || bloodPressure(t, i) || i >= 2 && bloodPressure(t, i - 2))) {
                continue; // "putty pinch and grip, 3 sets of 15": a dose, not a score; "after runs longer than three miles";
                // "two liters", "one thirty six over seventy eight" (a blood pressure)
            }
            if (n.denominator() == null && i + 2 < t.size() && t.get(i + 1).text().equals("out")
                    && t.get(i + 2).text().equals("of") && i + 3 < t.size() && t.get(i + 3).isNumber()) {
                n = new Num(n.value(), t.get(i + 3).number(), i, n.previous(), n.side(), n.unit(), n.current());
                i += 3;
            } else if (n.denominator() == null && i + 2 < t.size() && t.get(i + 1).text().equals("/")
                    && t.get(i + 2).isNumber()) {
                n = new Num(n.value(), t.get(i + 2).number(), i, n.previous(), n.side(), n.unit(), n.current());
                i += 2;
            }
            if (todayClause) {
                n = new Num(n.value(), n.denominator(), n.index(), false, n.side(), n.unit(), true);
            }
            if (!fits(def, n) || i >= limit && (n.side() == null || nums.stream().noneMatch(x -> x.side() != null))) {
                continue;
            }
            nums.add(n);
        }
        if (nums.isEmpty() || nums.stream().allMatch(Num::previous) || scoredBefore(t, m.from())) {
            // "She got a twenty-four on the MoCA today, up from twenty-one": the value said before the name
            Num before = numberBefore(t, m.from());
            if (before != null && fits(def, before)) {
                nums.add(0, new Num(before.value(), before.denominator(), before.index(), false, before.side(), before.unit(), true));
            }
        }
        if (nums.isEmpty()) {
            return List.of();
        }
        // the value may come before the name: "walked 1150 feet on the 6 minute walk test"
        Span evidence = nt.spanOfTokens(Math.min(m.from(), nums.get(0).index()),
                Math.max(m.to(), nums.get(nums.size() - 1).index() + 1));
        long sided = nums.stream().filter(n -> n.side() != null).count();
        List<OutcomeMeasure> out = new ArrayList<>();
        if (sided >= 2) {
            Set<String> sides = new java.util.HashSet<>();
            java.util.Map<String, Integer> sideAt = new java.util.HashMap<>();
            java.util.Map<String, Num> sideNum = new java.util.HashMap<>();
            boolean earlierRun = false;
            Num last = null;
            for (Num n : nums) {
                boolean afterWas = n.previous() && n.index() > 0 && Regex.matches(t.get(n.index() - 1).text(), "was|were")
                        // "on the right was eighteen seconds, left was twenty eight": the other side's reading
                        && !(n.index() > 1 && last != null && n.side() != null && !sides.contains(n.side())
                            && t.get(n.index() - 2).text().equals(n.side()));
                boolean again = afterWas && sides.contains(n.side());
                if (afterWas && last != null && valueJustBefore(t, n.index() - 1, last.index())
                        || n.side() == null && n.previous() && last != null) { // "left was twelve, up from seven"
                    // "right 52 pounds, was 44; left 48": the earlier value of the reading just said
                    out.set(out.size() - 1, measure(def, last.value(), n.value(), last.unit(), evidence));
                    last = null;
                    continue;
                }
                // "12 blocks with the right hand, 5 at admission", "Grip R 12 lb, L 9 lb (prev R 15, L 11 lb)": that side's earlier value
                if (n.side() != null && sideAt.containsKey(n.side()) && (n.previous() || earlierInBrackets(t, n.index()) || earlierRun)) {
                    earlierRun = true; // (and the other side said after it: "prev R 15, L 11")
                    Num current = sideNum.get(n.side());
                    out.set(sideAt.get(n.side()), measure(def, current.value(), n.value(), current.unit(), evidence));
                    continue;
                }
                if (n.side() != null && !again) {
                    sideAt.put(n.side(), out.size());
                    sideNum.put(n.side(), n);
                    last = n;
                    // "left 28 pounds, the left was 22 last time": a side said again with an earlier value is not another reading
                    sides.add(n.side());
                    out.add(measure(def, n.value(), null, n.unit(), evidence));
                }
            }
            return out;
        }
        Num value = nums.stream().filter(Num::current).findFirst().orElse(null);
        Num previous = null;
        if (value != null) {
            // "Berg was 42, now 48": with a current value named, the other number is the earlier one
            for (Num n : nums) {
                boolean afterWas = n.index() > 0 && t.get(n.index() - 1).text().equals("was");
                if (n != value && previous == null && (n.previous() || n.index() < value.index() || afterWas)) {
                    previous = n;
                }
            }
        }
        for (Num n : nums) {
            if (value != null && (n == value || n == previous)) {
                continue;
            }
            if (n.previous()) {
                if (previous == null) {
                    previous = n;
                }
            } else if (value == null) {
                value = n;
            }
        }
        if (value == null) {
            value = previous;
            previous = null;
        }
        // "BBS 44/56 (38/56)", "TUG 13.9s (17.2s)": a bare number in brackets after the score is the earlier one
        if (!currentSaid(nums) && previous == null && nums.size() == 2 && value == nums.get(0) && parenthesized(t, nums.get(1).index())) {
            previous = nums.get(1);
        }
        // "pain 6/10 at rest, 3/10 after": two ratings on the scale read as before and after
        // "a three out of ten at the start and went to a four by the end"
        boolean currentSaid = currentSaid(nums);
        if (!currentSaid && previous == null && nums.size() >= 2 && nums.get(0).denominator() != null && !nums.get(1).previous()
                && nums.get(1).denominator() == null && saidAsNew(t, nums.get(1).index())
                || previous == null && nums.size() >= 2 && nums.get(0).denominator() != null
                && nums.get(1).denominator() != null && !nums.get(1).previous()) {
            Num second = nums.get(1);
            boolean bracketed = t.get(second.index() - 1).text().equals("(") && !saidAsNew(t, second.index());
            if ((bracketed || Regex.matches(t.get(second.index() - 1).text(), "was|were|vs|versus"))
                    && !Regex.matches(t.get(second.index() - 2).text(), "to|now")) {
                previous = second; // "NPRS 2/10 (was 6/10)", "LEFS 61/80 (48/80 IE)"
                value = nums.get(0);
            } else {
                previous = nums.get(0);
                value = second;
            }
        }
        String unit = value.unit() != null ? value.unit() : def.unit();
        Double earlier = previous != null ? Double.valueOf(previous.value()) : sameAsBefore(t, value.index()) ? Double.valueOf(value.value()) : null;
        out.add(measure(def, value.value(), earlier, unit, evidence));
        return out;
    }

    /** "one thirty six over seventy eight": a systolic over a lower diastolic ("6 over 10", "85 over 100" are scores). */
    private static boolean bloodPressure(List<Token> t, int i) {
        if (i + 2 >= t.size() || !t.get(i + 1).text().equals("over") || !t.get(i).isNumber() || !t.get(i + 2).isNumber()) {
            return false;
        }
        double sys = t.get(i).number();
        double dia = t.get(i + 2).number();
        return sys >= 80 && dia >= 40 && dia < sys && dia != 100;
    }

    /** "Barthel seventy, same as last month", "TUG 14 s, unchanged from eval": the earlier score was this one. */
    private static boolean sameAsBefore(List<Token> t, int i) {
        StringBuilder after = new StringBuilder();
        for (int k = i + 1; k < Math.min(t.size(), i + 8); k++) {
            after.append(t.get(k).text()).append(' ');
        }
        return Regex.matches(after.toString(), "(?:(?:/|out of) \\S+ )?(?:s |sec |seconds |% |percent |points )?(?:, )?(?:which is |that's |that is |it's )?"
                + "(?:(?:the )?(?:same as|unchanged from|unchanged since|no change from|no change since|not changed from|holding steady from) .*|unchanged(?: [.;,].*)?)");
    }

    private static boolean currentSaid(List<Num> nums) {
        return nums.stream().anyMatch(Num::current);
    }

    /** "(prev R 15, L 11 lb)": inside brackets that open with an earlier-value cue. */
    private static boolean earlierInBrackets(List<Token> t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
            String w = t.get(k).text();
            if (w.equals(")") || STOP.contains(w)) {
                return false;
            }
            if (w.equals("(")) {
                return k + 1 < t.size() && Regex.matches(t.get(k + 1).text(), "prev|previous|previously|was|prior|initial|initially|ie|eval|baseline|soc|admission");
            }
        }
        return false;
    }

    /** Whether the number at {@code i} stands alone in brackets: "( 38/56 )", "( 17.2 s )". */
    private static boolean parenthesized(List<Token> t, int i) {
        int close = i + 1;
        if (close < t.size() && Regex.matches(t.get(close).text(), "s|sec|secs|seconds|%|percent")) {
            close++;
        }
        return i > 0 && t.get(i - 1).text().equals("(") && close < t.size() && t.get(close).text().equals(")");
    }

    private static boolean fillersOnly(List<Token> t, int from, int to) {
        return Regex.allTokens(t, from, to, "uh|um|er|ah|,|hmm");
    }

    /** "; today it's 54.5": the current value opens the next clause. */
    private static boolean todayNext(List<Token> t, int k) {
        if (k >= t.size() || !Regex.matches(t.get(k).text(), "today|now|currently")) {
            return false;
        }
        k++;
        while (k < t.size() && Regex.matches(t.get(k).text(), "it|it's|'s|is|was|she|he|she's|he's|they|at|a|an|,")) {
            k++;
        }
        return k < t.size() && t.get(k).isNumber();
    }

    /** "Left was twenty-one.": a sentence giving the other side's value, and nothing else, opens at {@code k}. */
    /** "22 on the right": the side at {@code k} is said after a number, as that number's. */
    private static boolean saidAfterNumber(List<Token> t, int k) {
        int j = k - 1;
        if (j >= 0 && t.get(j).text().equals("the")) {
            j--;
        }
        if (j < 0 || !t.get(j).text().equals("on")) {
            return false;
        }
        j--;
        if (j >= 0 && Regex.matches(t.get(j).text(), "s|sec|seconds?|pounds?|lbs?|lb|blocks|reps|inches|cm")) {
            j--;
        }
        if (j < 0 || !t.get(j).isNumber()) {
            return false;
        }
        // (not when that number had its side before it: "right 32 pounds on the left 61 pounds")
        for (int b = j - 1; b >= Math.max(0, j - 2); b--) {
            if (SIDES.contains(t.get(b).text())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the side opening the sentence at {@code k} already has its reading: both sides were read. */
    private static boolean sideAlreadyRead(List<Token> t, int k, List<Num> nums) {
        if (k < t.size() && t.get(k).text().equals("the")) {
            k++;
        }
        if (k >= t.size()) {
            return false;
        }
        char side = t.get(k).text().charAt(0);
        return nums.stream().anyMatch(n -> n.side() != null && n.side().charAt(0) == side);
    }

    private static boolean otherSideNext(List<Token> t, int k) {
        if (k < t.size() && t.get(k).isNumber()) {
            // "; 65 lb on the left": the number first, its side after
            int j = k + 1;
            if (j < t.size() && Regex.matches(t.get(j).text(), "lbs?|pounds?|kg|#|s|secs?|seconds|blocks|%|percent")) {
                j++;
            }
            if (j < t.size() && Regex.matches(t.get(j).text(), "on|for|with")) {
                j++;
            }
            if (j < t.size() && t.get(j).text().equals("the")) {
                j++;
            }
            return j < t.size() && SIDES.contains(t.get(j).text()) && !t.get(j).text().equals("non");
        }
        if (k < t.size() && t.get(k).text().equals("the")) {
            k++;
        }
        if (k >= t.size() || !SIDES.contains(t.get(k).text()) || t.get(k).text().equals("non")) {
            return false;
        }
        k++;
        if (k < t.size() && Regex.matches(t.get(k).text(), "side|hand|foot|leg|arm|ue|le")) {
            k++;
        }
        if (k < t.size() && Regex.matches(t.get(k).text(), "was|is|:|,")) {
            k++;
        }
        return k < t.size() && t.get(k).isNumber();
    }

    /** "went to a four", "down to 3", "now 4": the number after "to" is where it ended up. */
    private static boolean saidAsNew(List<Token> t, int i) {
        int j = i + 1;
        if (j + 2 < t.size() && t.get(j).text().equals("out") && t.get(j + 1).text().equals("of")) {
            j += 3; // "three out of ten leaving"
        } else if (j + 1 < t.size() && t.get(j).text().equals("/")) {
            j += 2;
        }
        if (j < t.size() && Regex.matches(t.get(j).text(), "after|afterwards|afterward|post|later|leaving")
                || j + 2 < t.size() && Regex.matches(t.get(j).text(), "at|by") && t.get(j + 2).text().equals("end")
                || i + 1 < t.size() && Regex.matches(t.get(i + 1).text(), "after|afterwards|afterward|post|later|leaving|now")
                || i + 3 < t.size() && Regex.matches(t.get(i + 1).text(), "at|by") && t.get(i + 3).text().equals("end")) {
            return true; // "seven out of ten at the start, four after", "a six this morning, she's a two now"
        }
        int k = i - 1;
        if (k >= 0 && Regex.matches(t.get(k).text(), "a|an")) {
            k--;
        }
        return k >= 0 && Regex.matches(t.get(k).text(), "to|now");
    }

    private static OutcomeMeasure measure(MeasureDef def, double value, Double previous, String unit, Span evidence) {
        return new OutcomeMeasure(def.id(), value, unit != null ? unit : def.unit(), def.max(), previous,
                List.of(evidence));
    }

    private static boolean fits(MeasureDef def, Num n) {
        if (n.value() < def.min()) {
            return false;
        }
        if ("min".equals(n.unit())) {
            return false; // "single leg stance times eleven minutes": how long it was practised, no score
        }
        if (Regex.matches(def.unit(), "lb|kg") && n.unit() != null && Regex.matches(n.unit(), "m|ft|cm|inches")) {
            return false; // "putty pinch/grip red 3x10 (12m)": a time or a distance is no grip force
        }
        if (def.max() != null) {
            if (n.value() > def.max()) {
                return false;
            }
            if (n.denominator() != null && Math.abs(n.denominator() - def.max()) > 0.01) {
                return false;
            }
        } else if (n.value() > 5000) {
            return false;
        }
        return true;
    }

    /** A value said just before token {@code at}, with only its side or unit between ("18 on the right"). */
    /** Whether what is at {@code k} follows a value and ", it was": "is seven, it was four" (the earlier value). */
    static boolean earlierValueAfterScore(List<Token> t, int k) {
        return k >= 4 && t.get(k - 1).text().equals("was") && Regex.matches(t.get(k - 2).text(), "it|that|she|he")
                && t.get(k - 3).text().equals(",") && t.get(k - 4).isNumber();
    }

    private static boolean valueJustBefore(List<Token> t, int at, int windowStart) {
        for (int k = at - 1; k >= Math.max(windowStart, at - 5); k--) {
            if (t.get(k).isNumber()) {
                return true;
            }
            if (!SIDES.contains(t.get(k).text()) && !Regex.matches(t.get(k).text(), ",|on|the|side|hand|in|with|lbs?|pounds|kg|seconds|secs?|s|blocks|points|reps|feet|ft|meters|m|percent|%")) {
                return false;
            }
        }
        return false;
    }

    private Num number(List<Token> t, int i, int windowStart) {
        Token tok = t.get(i);
        if (i > 0 && Regex.matches(t.get(i - 1).text(), "pos|position|level|setting|trial|trials|grade|gr|#")) {
            return null; // "Jamar pos 2": the handle setting, not a value
        }
        if (i + 1 < t.size() && Regex.matches(t.get(i + 1).text(), "positions?|pos|point|trials?|handle|settings?")) {
            return null; // "Jamar 5-position grip", "3 trials": how it was measured, not a value
        }
        if (i + 1 < t.size() && Regex.matches(t.get(i + 1).text(), "weeks?|wks?|days?|months?|mos?|years?|yrs?|ago|visits?|sessions?")) {
            return null; // "30 pounds 4 weeks ago": when, not what
        }
        if (i + 2 < t.size() && Regex.matches(t.get(i + 1).text(), "/|a|per|each|every")
                && Regex.matches(t.get(i + 2).text(), "days?|d|weeks?|wks?|nights?|hours?|hrs?|hr")
                || i + 1 < t.size() && Regex.matches(t.get(i + 1).text(), "/(?:day|d|wk|week|night|hr)")) {
            return null; // "urgency episodes down to 2/day", "three a day": how often, not a score
        }
        if (i >= 2 && t.get(i - 1).text().equals("of") && t.get(i - 2).text().equals("out")) {
            return null; // "pain arrow out of ten" (zero heard as a word): the scale, not the score
        }
        if (i > 0 && t.get(i - 1).text().equals("x") || i + 1 < t.size() && t.get(i + 1).text().equals("x")) {
            return null; // "standing hip abd 2 x 10": sets and reps, not a score
        }
        if (i > 1 && Regex.matches(t.get(i - 1).text(), "under|below|above|exceeds?|exceeding")
                && Regex.matches(t.get(i - 2).text(), "stay|stays|staying|keep|kept|goal|go|be|less|more|greater|when|until|if|once")) {
            return null; // "systolic goal under 140", "discharge when Berg above 45": a limit, not a reading
        }
        Double value = tok.number();
        Double denom = null;
        if (value == null) {
            String s = tok.text();
            int slash = s.indexOf('/');
            if (slash > 0 && Regex.matches(s.substring(0, slash), "\\d+(\\.\\d+)?") && Regex.matches(s.substring(slash + 1), "\\d+")) {
                value = Double.parseDouble(s.substring(0, slash));
                denom = Double.parseDouble(s.substring(slash + 1));
            } else if (Regex.matches(s, "\\d+(\\.\\d+)?(s|sec|lbs?|kg|ft|m|%|#|')")) {
                value = Double.parseDouble(s.replaceAll("[^\\d.]", ""));
            } else {
                return null;
            }
        }
        boolean previous = false;
        boolean current = false;
        String side = null;
        for (int k = Math.max(windowStart, i - 2); k < i; k++) {
            String w = t.get(k).text();
            if (w.equals(",") || w.equals("(")) {
                previous = false; // "19/24 today, 15/24 at eval": "today" was said of the number before the comma
                current = false;
            }
            if (w.equals("->") && k == i - 1) {
                current = true; // "NPRS 6 -> 4/10", "Berg 38→44": the number it went to
            } else if (Regex.matches(w, "down|up") && t.get(k + 1).text().equals("to")) {
                current = true; // "a seven this morning, down to five": where it went, not where it was
            } else if (PREVIOUS_BEFORE.contains(w)) {
                previous = true;
            }
            if (CURRENT_BEFORE.contains(w)) {
                current = true;
            }
            if (SIDES.contains(w) && !saidAfterNumber(t, k)) {
                side = w;
            }
        }
        if (!previous && i >= 2 && Regex.matches(t.get(i - 1).text(), "was|were")) {
            // "forty five out of a hundred, last month it was forty": when, then "it was"
            for (int k = i - 2; k >= Math.max(windowStart, i - 6); k--) {
                String w = t.get(k).text();
                if (t.get(k).isNumber() || STOP.contains(w)) {
                    break;
                }
                if (Regex.matches(w, "last|previously|initially|before|admission|eval|evaluation|baseline")) {
                    previous = true;
                    break;
                }
            }
        }
        // "grip L pain-free 38 lb": the side a few words before, with no other number between
        for (int k = i - 1; side == null && k >= Math.max(windowStart, i - 5); k--) {
            String w = t.get(k).text();
            if (w.equals(",") && fillersOnly(t, k + 1, i)) {
                continue; // "left, uh, thirty-six"
            }
            boolean sideWas = Regex.matches(w, "was|is") && k >= 1 && (SIDES.contains(t.get(k - 1).text())
                    || k >= 2 && Regex.matches(t.get(k - 1).text(), "side|hand") && SIDES.contains(t.get(k - 2).text()));
            if (!sideWas && (t.get(k).isNumber() || Regex.matches(w, "[,;(]|to|was|went|is") || PREVIOUS_BEFORE.contains(w))) {
                break; // (but "Right side was forty one": the side of the number)
            }
            if (SIDES.contains(w) && !w.equals("non") && saidAfterNumber(t, k)) {
                break; // "twenty two on the right fifty one on the left": that side was the number before's
            }
            if (SIDES.contains(w) && !w.equals("non")) {
                side = w;
            }
        }
        if (i >= 2 && t.get(i - 1).text().equals("was") && (t.get(i - 2).text().equals("(") || valueJustBefore(t, i - 1, windowStart))) {
            previous = true; // "QuickDASH 27 (was 45)"; unpunctuated, "quick dash forty was fifty five", "eighteen on the right was eleven"
        }
        if (earlierValueAfterScore(t, i) && i - 4 >= windowStart) {
            previous = true; // "her PSFS for meal prep is seven, it was four"
        }
        // "from 42 to 48": the number after "to" is the current one even though "from" is near
        if (i - 1 >= windowStart && t.get(i - 1).text().equals("to")) {
            previous = false;
        }
        int after = i + 1;
        if (after < t.size() && Regex.matches(t.get(after).text(), "/|out")) {
            after += 2;
        }
        String unit = tok.number() == null ? unitOf(tok.text().replaceAll("^[\\d.]+", "")) : null; // "12m", "80'"
        if (unit == null && after < t.size()) {
            String w = t.get(after).text();
            unit = unitOf(w);
            if (unit != null) {
                after++;
            }
            // "22 pounds on the left", "45 blocks with the right hand": the side after the number
            if (side == null) {
                for (int k = after; k < Math.min(t.size(), after + 4); k++) {
                    String x = t.get(k).text();
                    if (t.get(k).isNumber() || x.equals(",") || x.equals(".") || x.equals(";")) {
                        break;
                    }
                    if (SIDES.contains(x) && !x.equals("non")) {
                        // (not the side that opens the next reading: "up from 31 at the initial left is 68")
                        int v = k + 1 < t.size() && Regex.matches(t.get(k + 1).text(), "is|was|at|:") ? k + 2 : k + 1;
                        // (but "38 on the right 31 on the left": "on the" makes it this number's)
                        if (!(v < t.size() && t.get(v).isNumber()) || saidAfterNumber(t, k)) {
                            side = x;
                        }
                        break;
                    }
                }
            }
            for (int k = after; k < Math.min(t.size(), after + 4); k++) {
                String x = t.get(k).text();
                boolean howLongAgo = t.get(k).isNumber() && k + 1 < t.size()
                        && Regex.matches(t.get(k + 1).text(), "weeks?|wks?|days?|months?|mos?|years?|yrs?");
                if (t.get(k).isNumber() && !howLongAgo || x.equals(",") || x.equals(".") || x.equals(";")) {
                    break;
                }
                if (x.equals("ago")) {
                    previous = true; // "15/24 two weeks ago"
                } else if (x.equals("today") || x.equals("now") || x.equals("currently")) {
                    current = true;
                }
            }
            if (after + 1 < t.size() && Regex.matches(t.get(after).text(), "%|percent|s|sec|secs|seconds")
                    && Regex.matches(t.get(after + 1).text(), "prev|previous|previously|prior|initially")) {
                after++; // "(38% prev)", "(15 s previously)"
            }
            if (after < t.size() && PREVIOUS_AFTER.contains(t.get(after).text())) {
                String next = after + 1 < t.size() ? t.get(after + 1).text() : "";
                if (Regex.matches(next, "the|his|her") && after + 2 < t.size()) {
                    next = t.get(after + 2).text(); // "at the initial eval", "on his admission"
                }
                boolean opensNext = Regex.matches(t.get(after).text(), "previously|prior|initially|prev|previous") && after + 1 < t.size()
                        && (t.get(after + 1).isNumber() || Regex.matches(t.get(after + 1).text(), "\\d.*")); // "two hundred ten meters previously one sixty five", "50/80 prev 41/80": said of the next
                if (!opensNext && !t.get(after).text().equals("at") && !t.get(after).text().equals("on")
                        || Regex.matches(next, "eval|evaluation|initial|baseline|ie|admission|admit|admitted|intake|start|soc|last|previous|prior|arrival|entry|roc|recert")) {
                    previous = true;
                }
            }
        }
        return new Num(value, denom, i, previous && !current, side, unit, current);
    }

    private static String unitOf(String w) {
        return switch (w) {
            case "feet", "foot", "ft", "'" -> "ft";
            case "meters", "meter", "metres", "metre", "m" -> "m";
            case "lb", "lbs", "pounds", "pound", "#" -> "lb";
            case "kg", "kilograms", "kilos" -> "kg";
            case "inches", "inch", "in", "\"" -> "inches";
            case "cm", "centimeters", "centimetres" -> "cm";
            case "minutes", "minute", "mins", "min" -> "min";
            default -> null;
        };
    }

    /** "scored 48 on the Berg": a number just before the measure's name. */
    private static Num numberBefore(List<Token> t, int from) {
        // "0/10 pain at rest", "two out of ten pain": a rating said right before the name
        if (from >= 1) {
            String s = t.get(from - 1).text();
            int slash = s.indexOf('/');
            if (slash > 0 && Regex.matches(s, "\\d+(\\.\\d+)?/\\d+")) {
                return new Num(Double.parseDouble(s.substring(0, slash)), Double.parseDouble(s.substring(slash + 1)), from - 1, false, null, null);
            }
            if (from >= 4 && t.get(from - 1).isNumber() && t.get(from - 2).text().equals("of") && t.get(from - 3).text().equals("out")
                    && t.get(from - 4).isNumber()) {
                return new Num(t.get(from - 4).number(), t.get(from - 1).number(), from - 4, false, null, null);
            }
        }
        for (int k = from - 1; k >= Math.max(0, from - 6); k--) {
            Token tok = t.get(k);
            if (STOP.contains(tok.text())) {
                return null;
            }
            if (tok.isNumber()) {
                StringBuilder between = new StringBuilder();
                for (int j = k + 1; j < from; j++) {
                    between.append(j > k + 1 ? " " : "").append(t.get(j).text());
                }
                // "44 on the Berg", "walked 1150 feet on the 6 minute walk test", "0.85 m/s on the 10 meter walk"
                String unit = "(?:feet|foot|ft|m|meters|metres|m/s|m / s|meters per second|seconds|secs?|s|reps|repetitions|inches|in|cm|%|percent|points?|lbs?|pounds|kg|blocks)";
                if (!Regex.matches(between.toString(), "on|points|point|for|(?:" + unit + " )?(?:on|in|for|during|with)(?: the| his| her| a| their)?")) {
                    return null;
                }
                // "four out of ten on the Borg" (heard "Berg"): the scale's size, with the rating said before it
                if (k >= 3 && t.get(k - 1).text().equals("of") && t.get(k - 2).text().equals("out") && t.get(k - 3).isNumber()) {
                    return new Num(t.get(k - 3).number(), tok.number(), k - 3, false, null, null);
                }
                if (k >= 2 && t.get(k - 1).text().equals("/") && t.get(k - 2).isNumber()) {
                    return new Num(t.get(k - 2).number(), tok.number(), k - 2, false, null, null);
                }
                return new Num(tok.number(), null, k, false, null, null);
            }
        }
        return null;
    }
}
