package org.rehabscribe.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rehabscribe.extract.Term.Kind;

/**
 * Rewrites what the recognizer misheard into vocabulary terms before matching ("tandem
 * stands" becomes "tandem stance"), using the sound index {@link TermIndex}. The rewritten
 * tokens keep the offsets of the words actually recognised, so evidence still shows what was
 * heard. Only words not already part of an exact match are tried. Immutable; thread-safe.
 */
public final class SpeechTermCorrector {
    /** One rewrite: what was heard, where in the transcript ({@code [start, end)}), and what it was taken for. */
    public record Fix(String heard, int start, int end, String term) {}

    private final TermMatcher terms;
    private final TermIndex index;
    private final PhraseSet confusions = PhraseSet.ofTsv("/org/rehabscribe/extract/asr-confusions.tsv");

    /**
     * @param terms the vocabulary the extractor matches
     * @param extraPhrases further phrases worth hearing right (goal words: "proprioception")
     */
    public SpeechTermCorrector(TermMatcher terms, List<String> extraPhrases) {
        this.terms = terms;
        List<String> vocabulary = new ArrayList<>(extraPhrases);
        Set<String> measures = new HashSet<>();
        for (Term t : terms.terms()) {
            if (t.kind() != Kind.OTHER && !t.phrase().startsWith(SpokenCommands.SPOKEN_CODE_PREFIX) // ("cpt97110" is not heard so)
                    && !terms.exactOnly(t.phrase())) { // ("plus a training" is not "pros training")
                vocabulary.add(t.phrase());
            }
            if (t.kind() == Kind.MEASURE) {
                measures.add(t.phrase());
            }
        }
        this.index = TermIndex.build(vocabulary, measures);
        Set<String> goals = new HashSet<>();
        for (String p : extraPhrases) {
            if (!p.isBlank() && !p.strip().contains(" ")) {
                goals.add(p.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        this.goalWords = Set.copyOf(goals);
        Set<String> pairs = new HashSet<>();
        for (Term t : terms.terms()) {
            String[] w = t.kind() == Kind.OTHER ? new String[0] : t.phrase().split(" ");
            for (int k = 0; k + 1 < w.length; k++) {
                if (!Regex.matches(w[k], GLUE) && !Regex.matches(w[k + 1], GLUE)) {
                    pairs.add(w[k] + " " + w[k + 1]);
                }
            }
        }
        this.termPairs = Set.copyOf(pairs);
    }

    /** Goal words heard right ("postural", "balance"): a sound-alike that swallows one is not that term. */
    private final Set<String> goalWords;

    /** Words too common to tell that a pause fell inside a term. */
    private static final String GLUE = "and|or|to|with|the|of|for|a|an|in|on|at|by|x|\\d.*";

    /** Adjacent word pairs of the vocabulary's terms ("gait training", "tandem stance"). */
    private final Set<String> termPairs;

    /**
     * A recognizer's pause inside a term: "and gait, training with the walker" is heard with a
     * comma where the speaker drew breath. The comma goes when the words on both sides are next
     * to each other in a term.
     */
    private int pauseInsideTerm(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        if (!tok.get(i).text().equals(",") || i == 0 || i + 1 >= tok.size()
                || !termPairs.contains(tok.get(i - 1).text() + " " + tok.get(i + 1).text())) {
            return -1;
        }
        return i + 1;
    }

    public NormalizedText correct(NormalizedText nt, List<Fix> fixes) {
        return bySound(knownConfusions(nt, fixes), fixes);
    }

    /** Only the table of known mishearings, without the (slower) sound index. */
    public NormalizedText knownOnly(NormalizedText nt) {
        return knownConfusions(nt, new ArrayList<>());
    }

    /** The same, adding each rewrite to {@code fixes}. */
    public NormalizedText knownOnly(NormalizedText nt, List<Fix> fixes) {
        return knownConfusions(nt, fixes);
    }

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");
    private static final List<String> TENTHS = List.of("tenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
            "seventieth", "eightieth", "ninetieth", "hundredth");

    /**
     * One rule of a left-to-right pass over the tokens: at token {@code i}, either add what it
     * reads as to {@code out} (noting the repair) and return the index to go on from, or return
     * -1 to keep the token as it is.
     */
    private interface TokenRule {
        int apply(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes);
    }

    /** Runs {@code rule} over the tokens once; the text itself is returned when nothing changed. */
    private static NormalizedText pass(NormalizedText nt, List<Fix> fixes, TokenRule rule) {
        List<Token> tok = nt.tokens();
        List<Token> out = new ArrayList<>(tok.size());
        boolean changed = false;
        int i = 0;
        while (i < tok.size()) {
            int next = rule.apply(nt, tok, i, out, fixes);
            if (next < 0) {
                out.add(tok.get(i++));
            } else {
                i = next;
                changed = true;
            }
        }
        return changed ? NormalizedText.of(nt.original(), out) : nt;
    }

    /**
     * A typed score read aloud as a fraction: "17/24" is heard "seventeen twenty fourth", "44/80"
     * "forty four eightieths". The denominator becomes "/ 24", "/ 80".
     */
    private static int spokenFraction(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        if (!t.isNumber() || i + 1 >= tok.size()) {
            return -1;
        }
        Token a = tok.get(i + 1);
        int denominator = -1;
        int last = i + 1;
        int tens = TENTHS.indexOf(a.text().replaceAll("s$", ""));
        if (tens >= 0) {
            denominator = (tens + 1) * 10;
        } else if (a.isNumber() && i + 2 < tok.size() && a.number() >= 20 && a.number() <= 90 && a.number() % 10 == 0
                && ORDINALS.contains(tok.get(i + 2).text().replaceAll("s$", ""))) {
            denominator = a.number().intValue() + ORDINALS.indexOf(tok.get(i + 2).text().replaceAll("s$", "")) + 1;
            last = i + 2;
        }
        if (denominator < 0) {
            return -1;
        }
        int s = a.origStart();
        int e = tok.get(last).origEnd();
        out.add(t);
        out.add(new Token("/", null, s, e, 0, 0));
        out.add(new Token(Integer.toString(denominator), (double) denominator, s, e, 0, 0));
        fixes.add(new Fix(nt.original().substring(s, e), s, e, "/ " + denominator));
        return last + 1;
    }

    /**
     * A typed time in seconds with its unit attached, "TUG 12.8s", is read aloud without the
     * point: "tug twelve eight". After the name of a timed test, a whole number then a single
     * digit is one decimal number, 12.8.
     */
    private static int timeWithoutPoint(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        if (!Regex.matches(tok.get(i).text(), "tug|sts|go|peg|stance")) {
            return -1;
        }
        int k = i + 1;
        if (k < tok.size() && Regex.matches(tok.get(k).text(), "was|is|of|today|in|time")) {
            k++;
        }
        if (k + 1 >= tok.size() || !wholeUnder(tok.get(k), 100) || !singleDigit(tok.get(k + 1))
                || k + 2 < tok.size() && Regex.matches(tok.get(k + 2).text(), "out|of|/|minutes?|mins?|reps?|times|feet|ft")) {
            return -1;
        }
        double v = tok.get(k).number() + tok.get(k + 1).number() / 10;
        int s = tok.get(k).origStart();
        int e = tok.get(k + 1).origEnd();
        String text = Normalizer.format(v);
        out.addAll(tok.subList(i, k));
        out.add(new Token(text, v, s, e, 0, 0));
        fixes.add(new Fix(nt.original().substring(s, e), s, e, text));
        return k + 2;
    }

    /**
     * The recognizer sometimes hears the last digit of a number twice: "twenty two two minutes"
     * for "twenty-two minutes". A single digit equal to the last digit of the number before it,
     * right before a unit of time, is that echo and goes.
     */
    private static int echoedDigit(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        if (i == 0 || i + 1 >= tok.size() || !singleDigit(t) || t.number() == 0 || !wholeUnder(tok.get(i - 1), 100)
                || tok.get(i - 1).number() <= 20 || tok.get(i - 1).number() % 10 != t.number()
                || !Regex.matches(tok.get(i + 1).text(), "minutes?|mins?")) {
            return -1;
        }
        int s = tok.get(i - 1).origStart();
        fixes.add(new Fix(nt.original().substring(s, t.origEnd()), s, t.origEnd(), tok.get(i - 1).text()));
        return i + 1;
    }

    /**
     * "... for 6 minutes" is heard "four six minutes", which reads as 46: two digit words, the
     * first "four", before a unit of time, are "for" and the second digit. (A time said digit by
     * digit is rare; "forty six" is said as tens.)
     */
    private static int forHeardAsFour(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        if (!wholeUnder(t, 50) || t.number() < 41 || i + 1 >= tok.size() || !Regex.matches(tok.get(i + 1).text(), "minutes?|mins?|min")
                || !nt.original().substring(t.origStart(), t.origEnd()).trim().toLowerCase(java.util.Locale.ROOT)
                        .matches("four (one|two|three|four|five|six|seven|eight|nine)")) {
            return -1;
        }
        double v = t.number() - 40;
        rewrite(nt, out, fixes, t.origStart(), t.origEnd(), List.of(new Token("for", null, t.origStart(), t.origStart(), 0, 0),
                new Token(Normalizer.format(v), v, t.origStart(), t.origEnd(), 0, 0)));
        return i + 1;
    }

    /**
     * "Fourteen minutes" is sometimes heard "forty ten minutes", "eighteen" "eighty ten": a round
     * tens from thirty to ninety, then "ten", before a unit of time, is that tens' teen.
     */
    private static int teenHeardAsTensAndTen(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        if (!wholeUnder(t, 100) || t.number() < 30 || t.number() % 10 != 0 || i + 2 >= tok.size()
                || !tok.get(i + 1).text().equals("10") || !Regex.matches(tok.get(i + 2).text(), "minutes?|mins?|min")
                || !nt.original().substring(tok.get(i + 1).origStart(), tok.get(i + 1).origEnd()).equals("ten")) {
            return -1;
        }
        double v = t.number() / 10 + 10;
        rewrite(nt, out, fixes, t.origStart(), tok.get(i + 1).origEnd(),
                List.of(new Token(Normalizer.format(v), v, t.origStart(), tok.get(i + 1).origEnd(), 0, 0)));
        return i + 2;
    }

    /**
     * "from forty two to forty eight" is often heard "from forty to the forty eight": the "two"
     * runs into "to" and the "to" is heard "the". A round number after "from", then "to the" and
     * a number, is that number plus two.
     */
    private static int twoHeardAsToThe(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        if (i == 0 || !tok.get(i - 1).text().equals("from") || !wholeUnder(t, 100) || t.number() < 20 || t.number() % 10 != 0
                || i + 3 >= tok.size() || !tok.get(i + 1).text().equals("to") || !tok.get(i + 2).text().equals("the")
                || !tok.get(i + 3).isNumber()) {
            return -1;
        }
        double v = t.number() + 2;
        rewrite(nt, out, fixes, t.origStart(), tok.get(i + 2).origEnd(), List.of(
                new Token(Normalizer.format(v), v, t.origStart(), tok.get(i + 1).origEnd(), 0, 0),
                new Token("to", null, tok.get(i + 2).origStart(), tok.get(i + 2).origEnd(), 0, 0)));
        return i + 3;
    }

    /**
     * "MoCA 22/30" heard "moca twenty to thirty": a score of round tens, then "to", then the
     * scale of the test just named, is the tens plus two out of that scale.
     */
    private static int twoHeardAsToBeforeScale(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        if (i == 0 || !Regex.matches(tok.get(i - 1).text(), SCORED_BEFORE_SCALE) || !wholeUnder(t, 100) || t.number() < 20
                || t.number() % 10 != 0 || i + 2 >= tok.size() || !tok.get(i + 1).text().equals("to") || !wholeUnder(tok.get(i + 2), 101)
                || tok.get(i + 2).number() <= t.number() + 2
                || i + 3 < tok.size() && Regex.matches(tok.get(i + 3).text(), "minutes?|mins?|min|seconds?|secs?|feet|ft|reps|percent|%|"
                        + "pounds?|lbs?|degrees?|deg|times|meters?|m|years?|days?|weeks?|hours?")) {
            return -1; // ("the walk was twenty to thirty minutes": a range)
        }
        double v = t.number() + 2;
        int end = tok.get(i + 1).origEnd();
        rewrite(nt, out, fixes, t.origStart(), end, List.of(new Token(Normalizer.format(v), v, t.origStart(), end, 0, 0),
                new Token("/", null, end, end, 0, 0)));
        return i + 2;
    }

    /**
     * Typed "PSFS avg 6.3" read aloud "p s f s avg six three" (the point not read): the two
     * digits after a PSFS average are its units and tenths.
     */
    private static int averageWithoutPoint(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        if (i < 2 || !Regex.matches(tok.get(i - 1).text(), "avg|average") || !tok.get(i - 2).text().equals("psfs")
                || !wholeUnder(t, 100) || t.number() < 11 || t.number() % 10 == 0
                || !nt.original().substring(t.origStart(), t.origEnd()).trim().matches("[a-z]+ [a-z]+")) {
            return -1;
        }
        double v = t.number() / 10.0;
        rewrite(nt, out, fixes, t.origStart(), t.origEnd(), List.of(new Token(Normalizer.format(v), v, t.origStart(), t.origEnd(), 0, 0)));
        return i + 1;
    }

    /**
     * "Four" heard "for" inside a score: "PSFS average 4.3" heard "scale average for three",
     * "QuickDASH 34 (IE 68)" heard "quick dash thirty for a sixty eight". After an average,
     * "for" and a digit are the units and tenths; after a round tens right after a scored
     * test's name, "for" is its units when a number, an earlier value's cue or the sentence's
     * end follows, not a goal ("Berg thirty for balance" stays).
     */
    private static int fourHeardAsFor(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        if (!t.text().equals("for") || i < 2 || i + 1 >= tok.size()) {
            return -1;
        }
        Token prev = tok.get(i - 1);
        Token next = tok.get(i + 1);
        if (Regex.matches(prev.text(), "avg|average") && Regex.matches(tok.get(i - 2).text(), "psfs|scale") && singleDigit(next)) {
            double v = 4 + next.number() / 10.0;
            rewrite(nt, out, fixes, t.origStart(), next.origEnd(), List.of(new Token(Normalizer.format(v), v, t.origStart(), next.origEnd(), 0, 0)));
            return i + 2;
        }
        boolean tens = prev.isNumber() && prev.number() >= 20 && prev.number() <= 90 && prev.number() % 10 == 0 && !prev.text().contains(".");
        if (!tens || !Regex.matches(tok.get(i - 2).text(), SCORED_BEFORE_SCALE) || Regex.matches(tok.get(i - 2).text(), "was|is")
                || !(next.isNumber() || Regex.matches(next.text(), "a|at|ie|was|previously|prior|down|up|from|\\.|,"))) {
            return -1;
        }
        double v = prev.number() + 4;
        out.remove(out.size() - 1);
        rewrite(nt, out, fixes, prev.origStart(), t.origEnd(), List.of(new Token(Normalizer.format(v), v, prev.origStart(), t.origEnd(), 0, 0)));
        return i + 1;
    }

    /**
     * Typed "Barthel 40/100" read aloud "forty one-hundredths" and heard "forty one hundred(th)",
     * which reads as 4100: after the Barthel's name, a round tens said before "one hundred" is
     * that score out of 100.
     */
    private static int scoreOutOfAHundred(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        if (i == 0 || !Regex.matches(tok.get(i - 1).text(), "barthel|index") || !t.isNumber()) {
            return -1;
        }
        String said = nt.original().substring(t.origStart(), t.origEnd()).trim();
        int last = i;
        if (i + 1 < tok.size() && Regex.matches(tok.get(i + 1).text(), "hundreds?|hundredths?")) {
            last = i + 1; // "ninety one hundreds": the scale heard apart from the "one"
            said = said + " " + tok.get(i + 1).text();
        }
        java.util.regex.Matcher m = OUT_OF_A_HUNDRED.matcher(said);
        if (!m.matches()) {
            return -1;
        }
        Token end = tok.get(last);
        double v = TENS.indexOf(m.group(1)) * 10 + 20;
        rewrite(nt, out, fixes, t.origStart(), end.origEnd(), List.of(new Token(Normalizer.format(v), v, t.origStart(), t.origEnd(), 0, 0),
                new Token("/", null, end.origEnd(), end.origEnd(), 0, 0), new Token("100", 100.0, end.origEnd(), end.origEnd(), 0, 0)));
        return last + 1;
    }

    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final java.util.regex.Pattern OUT_OF_A_HUNDRED = java.util.regex.Pattern.compile(
            "(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) one hundred(?:th|ths|s)?");

    /** Writes {@code meant} for what was heard between offsets {@code start} and {@code end}, and notes the fix. */
    private static void rewrite(NormalizedText nt, List<Token> out, List<Fix> fixes, int start, int end, List<Token> meant) {
        out.addAll(meant);
        fixes.add(new Fix(nt.original().substring(start, end), start, end,
                String.join(" ", meant.stream().map(Token::text).toList())));
    }

    /** Tests scored out of a fixed scale, as heard right before their score. */
    private static final String SCORED_BEFORE_SCALE = "moca|mmse|slums|berg|bbs|tinetti|dgi|fga|lefs|koos|barthel|fma|dash|quickdash|index|was|is";

    /**
     * "times twenty three minutes" heard "times when d three minutes": the "t" of "twenty" goes
     * to the "s" of "times", and "when", "when d" or "when day" with a digit after it is twenty
     * and that digit. Only right after "times" or "x", where a count or a time is due, and before
     * its unit.
     */
    private static int numberLostToTimes(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        if (i == 0 || !Regex.matches(tok.get(i - 1).text(), "times|x") || !t.text().equals("when")) {
            return -1;
        }
        int k = i + 1 < tok.size() && Regex.matches(tok.get(i + 1).text(), "d|day") ? i + 2 : i + 1;
        if (k + 1 >= tok.size() || !wholeUnder(tok.get(k), 10) || tok.get(k).number() < 1
                || !Regex.matches(tok.get(k + 1).text(), "minutes?|mins?|reps?|repetitions|feet|seconds?")) {
            return -1;
        }
        return number(nt, tok, i, k, 20 + tok.get(k).number(), out, fixes);
    }

    /**
     * Numbers of minutes the voices blur into words, each only right before its unit: "twelve"
     * heard "well" ("external approach well minutes", after "times", or before a typed block's
     * tail: "10' pre-tx" heard "well, pre tx"); "twenty-five" heard "anti five"; "twenty-eight"
     * heard "to an eighty eight".
     */
    private static int numberHeardAsWords(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        if (i == 0 || i + 1 >= tok.size()) {
            return -1;
        }
        boolean unitNext = Regex.matches(tok.get(i + 1).text(), "minutes|mins|reps");
        if (t.text().equals("well") && (unitNext || i + 2 < tok.size() && tok.get(i + 1).text().equals(",")
                    && Regex.matches(tok.get(i + 2).text(), "pre|post|prior"))
                && !Regex.matches(tok.get(i - 1).text(), "as|very|pretty|so|really|quite|too|\\.|,")) {
            return number(nt, tok, i, i, 12, out, fixes);
        }
        if (t.text().equals("anti") && i + 2 < tok.size() && singleDigit(tok.get(i + 1)) && tok.get(i + 1).number() >= 1
                && Regex.matches(tok.get(i + 2).text(), "minutes|mins")) {
            return number(nt, tok, i, i + 1, 20 + tok.get(i + 1).number(), out, fixes);
        }
        if (t.text().equals("to") && i + 3 < tok.size() && tok.get(i + 1).text().equals("an") && wholeUnder(tok.get(i + 2), 90)
                && tok.get(i + 2).number() > 80 && Regex.matches(tok.get(i + 3).text(), "minutes|mins")) {
            return number(nt, tok, i, i + 2, tok.get(i + 2).number() - 60, out, fixes);
        }
        return -1;
    }

    /** Tokens {@code from..last} read as the number {@code v}; returns the index after them. */
    private static int number(NormalizedText nt, List<Token> tok, int from, int last, double v, List<Token> out, List<Fix> fixes) {
        int s = tok.get(from).origStart();
        int e = tok.get(last).origEnd();
        String text = Normalizer.format(v);
        out.add(new Token(text, v, s, e, 0, 0));
        fixes.add(new Fix(nt.original().substring(s, e), s, e, text));
        return last + 1;
    }

    /** What may follow a typed block's minutes at the end of its line: "20' total", "25' block", "10' end of session", "10' prior to ex". */
    private static final List<List<String>> TIME_TAILS = List.of(List.of("total"), List.of("block"), List.of("end", "of", "session"),
            List.of("pre", "tx"), List.of("post", "tx"), List.of("prior", "to", "tx"), List.of("before", "tx"),
            List.of("prior", "to", "ex"), List.of("before", "ex"), List.of("pre", "ex"));

    /**
     * Typed "20' total", "25' block", "15' pre-tx" read aloud: the minute mark is silent, so it is
     * heard "twenty, total.", "twenty five block." The number closing the line is the block's minutes.
     */
    private static int totalWithoutUnit(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        if (!wholeUnder(t, 91) || t.number() < 5 || i > 0 && Regex.matches(tok.get(i - 1).text(), "/|of")) {
            return -1; // ("HA 3/10 end of session": the scale of a rating)
        }
        int k = i + 1 < tok.size() && tok.get(i + 1).text().equals(",") ? i + 2 : i + 1;
        for (List<String> tail : TIME_TAILS) {
            int end = k + tail.size();
            if (end <= tok.size() && tail.equals(tok.subList(k, end).stream().map(Token::text).toList())
                    && (end == tok.size() || Regex.matches(tok.get(end).text(), "\\.|\\*nl\\*|;"))) {
                out.add(t);
                out.add(new Token("minutes", null, t.origStart(), t.origEnd(), 0, 0));
                fixes.add(new Fix(t.text(), t.origStart(), t.origEnd(), t.text() + " minutes"));
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Typed "(12m)" and "- 8m" read aloud, the "m" heard as itself, "and" or "am" closing the
     * clause: "putty pinch red three x ten twelve and.", "scar massage ten am." The number is the
     * item's minutes, unless a clock time was meant ("at ten am.") or metres walked ("gait thirty m.").
     */
    private static int minuteMarkHeard(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        if (!wholeUnder(t, 61) || t.number() < 1 || i + 2 >= tok.size() || !Regex.matches(tok.get(i + 1).text(), "and|am|m")
                || !Regex.matches(tok.get(i + 2).text(), "\\.|,|;|\\*nl\\*")
                || i > 0 && Regex.matches(tok.get(i - 1).text(), "at|from|until|till|by|since|to|around|before|after|past|about|of|x|by")
                // ("min of ten m.": typed "min A (10m)", the assist level's "A" heard "of")
                && !(tok.get(i - 1).text().equals("of") && i > 1 && Regex.matches(tok.get(i - 2).text(), "min|mod|max"))) {
            return -1;
        }
        if (tok.get(i + 1).text().equals("m")) {
            // "gait with the walker thirty m.": metres walked
            for (int k = i - 1; k >= Math.max(0, i - 8) && !Regex.matches(tok.get(k).text(), "\\.|;|\\*nl\\*"); k--) {
                if (Regex.matches(tok.get(k).text(), "gait|walk|walked|walking|amb|ambulated|ambulation|distance|ran|run|jog|"
                        + "jogged|treadmill|hall|hallway|corridor|outdoors|community|swim|swam")) {
                    return -1;
                }
            }
        }
        Token mark = tok.get(i + 1);
        out.add(t);
        out.add(new Token("minutes", null, mark.origStart(), mark.origEnd(), 0, 0));
        fixes.add(new Fix(nt.original().substring(mark.origStart(), mark.origEnd()), mark.origStart(), mark.origEnd(), "minutes"));
        return i + 2;
    }

    /**
     * Typed "US 1 MHz" read aloud and heard "ultrasound one mhp": a frequency right after the
     * ultrasound is megahertz, not a moist hot pack.
     */
    private static int megahertzHeardAsHotPack(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        boolean frequency = i > 0 && (tok.get(i - 1).isNumber() && tok.get(i - 1).number() <= 3.5
                || Regex.matches(tok.get(i - 1).text(), "free|three|one|won")); // ("three" heard "free")
        if (!t.text().equals("mhp") || !frequency
                || !Regex.anyToken(tok, Math.max(0, i - 6), i - 1, "ultrasound|us|u/s|phonophoresis")
                && !Regex.anyToken(tok, i + 1, Math.min(tok.size(), i + 8), "pulsed|continuous|cm2|w/cm2|cm|duty")) {
            return -1; // ("does free mhp, twenty percent pulsed": the ultrasound's name lost, its settings heard)
        }
        rewrite(nt, out, fixes, t.origStart(), t.origEnd(), List.of(new Token("mhz", null, t.origStart(), t.origEnd(), 0, 0)));
        return i + 1;
    }

    /**
     * Typed "q30min" (every thirty minutes) read aloud is heard "cue thirty min" or "you thirty min":
     * after what is done on a schedule (pressure relief, weight shifts, turns), it is a frequency.
     */
    private static int everyHeardAsCue(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        if (!Regex.matches(t.text(), "cue|q|queue|you|key|kyu") || i + 2 >= tok.size() || !tok.get(i + 1).isNumber()
                || !Regex.matches(tok.get(i + 2).text(), "min|mins|minutes?|h|hr|hrs|hours?")
                || !Regex.anyToken(tok, Math.max(0, i - 4), i, "relief|shifts?|shifting|reposition|repositioning|turns?|turning|"
                        + "pushups|push-ups|lifts|checks|skin")) {
            return -1;
        }
        rewrite(nt, out, fixes, t.origStart(), t.origEnd(), List.of(new Token("every", null, t.origStart(), t.origEnd(), 0, 0)));
        return i + 1;
    }

    /**
     * "Gait" is often heard "weight": "weight training in the house one hundred fifty feet with
     * the rollator", "then weight in the hall with the rolling walker". A "weight" that is not
     * weight shifting, bearing or lifting, in a sentence that goes on to say where or how far the
     * patient walked, or what of the walk was worked on ("heel strike", "stride"), is gait.
     */
    private static int gaitHeardAsWeight(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        if (!t.text().equals("weight") || i + 1 >= tok.size()
                || Regex.matches(tok.get(i + 1).text(), "shift|shifts|shifting|shifted|bearing|bear|bears|loss|gain|support|"
                        + "supported|lifting|lift|lifts|machine|machines|of|watchers|belt|vest|stack|room|management|limit|limits")
                || i > 0 && Regex.matches(tok.get(i - 1).text(), "body|partial|full|his|her|their|the|body's|ankle|cuff|light|free")) {
            return -1;
        }
        // ("weight training with ... head turns")
        return gaitIfTheWalkFollows(nt, tok, i, i + 1, out, fixes, "feet|ft|foot|meters?|metres?|hall|hallway|house|bars|outdoors|"
                + "outside|ramps?|curbs?|treadmill|walker|cane|rollator|crutches|stairs|steps|strike|stride|cadence|limp|swing|toe|"
                + "clearance|pattern|head|pivots?|afo|rw|fww|spc|sbqc|4ww|hemi|amb|ambulated|ambulation");
    }

    /**
     * Token {@code i} rewritten to "gait" when a word of {@code walkWords} follows it in its
     * sentence within 14 tokens of {@code i} (scanning from {@code from}); else -1.
     */
    private static int gaitIfTheWalkFollows(NormalizedText nt, List<Token> tok, int i, int from, List<Token> out, List<Fix> fixes,
                                            String walkWords) {
        Token t = tok.get(i);
        for (int k = from; k < Math.min(tok.size(), i + 14); k++) {
            String w = tok.get(k).text();
            if (Regex.matches(w, "[.;!?]")) {
                break;
            }
            if (Regex.matches(w, walkWords)) {
                out.add(new Token("gait", null, t.origStart(), t.origEnd(), 0, 0));
                fixes.add(new Fix(nt.original().substring(t.origStart(), t.origEnd()), t.origStart(), t.origEnd(), "gait"));
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Typed "Gait w/ head turns ..." opening a line is heard "eight w slash ...", "vague on ...",
     * "they with ...": a word that sounds like "gait" opening a sentence, "with" right after it,
     * and the sentence going on to say how the walk went, is gait.
     */
    private static int gaitHeardOpeningItsLine(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        String heard = nt.original().substring(t.origStart(), t.origEnd()).toLowerCase(java.util.Locale.ROOT);
        boolean opens = opensSentence(tok, i);
        // (or a distance right after it: typed "Gait 150 ft x2, min A" heard "vague one hundred fifty ft x two, min a")
        Token next = i + 1 < tok.size() ? tok.get(i + 1) : null;
        if (opens && next != null && Regex.matches(next.text(), "[.:]") && Regex.matches(heard, "vague|date|gate|kate|weight|very")) {
            // typed "Gait: amb 90' x3 w/ RW" heard "weight. and ninety, x three w slash r w": the heading a sentence of its own
            return gaitIfTheWalkFollows(nt, tok, i, i + 2, out, fixes, "feet|ft|hall|hallway|house|bars|outdoors|ramps?|curbs?|"
                    + "treadmill|walker|cane|rollator|crutches|stairs|strike|stride|cadence|rw|fww|spc|sbqc|4ww|amb|ambulated|ambulation");
        }
        boolean distance = next != null && next.isNumber() && next.number() >= 10 && i + 2 < tok.size()
                && Regex.matches(tok.get(i + 2).text(), "feet|ft|'|x|times|meters?|m");
        if (!opens || !Regex.matches(heard, "eight|vague|date|gate|they|kate|great|weight|very|v") || i + 2 >= tok.size()
                || !Regex.matches(next.text(), "with|w/|w|on") && !distance) {
            return -1;
        }
        return gaitIfTheWalkFollows(nt, tok, i, i + 2, out, fixes, "feet|ft|hall|hallway|house|bars|outdoors|ramps?|curbs?|"
                + "treadmill|walker|cane|rollator|crutches|stairs|strike|stride|cadence|head|turns|pivots?|afo|rw|fww|spc|sbqc|4ww|"
                + "cues|cueing");
    }

    /**
     * Typed "TUG 11.2 s" is heard "today eleven point two seconds": "today" opening a sentence
     * with nothing but a time in seconds after it is the Timed Up and Go.
     */
    private static int tugHeardAsToday(NormalizedText nt, List<Token> tok, int i, List<Token> out, List<Fix> fixes) {
        Token t = tok.get(i);
        boolean opens = opensSentence(tok, i);
        if (!opens || !t.text().equals("today") || i + 2 >= tok.size() || !tok.get(i + 1).isNumber()
                || !tok.get(i + 1).text().contains(".") || !Regex.matches(tok.get(i + 2).text(), "s|sec|secs|seconds?")) {
            return -1;
        }
        rewrite(nt, out, fixes, t.origStart(), t.origEnd(), List.of(new Token("tug", null, t.origStart(), t.origEnd(), 0, 0)));
        return i + 1;
    }

    /** Whether token {@code i} opens a sentence, a clause after a colon or semicolon, or a line. */
    private static boolean opensSentence(List<Token> tok, int i) {
        return i == 0 || Regex.matches(tok.get(i - 1).text(), "[.;:]|\\*nl\\*");
    }

    private static boolean wholeUnder(Token t, int limit) {
        return t.isNumber() && t.number() >= 1 && t.number() < limit && t.number() == Math.floor(t.number())
                && !t.text().contains(".");
    }

    private static boolean singleDigit(Token t) {
        return t.isNumber() && t.number() >= 0 && t.number() <= 9 && t.number() == Math.floor(t.number()) && t.text().length() == 1;
    }

    /**
     * Rewrites the recognizer's known mishearings: numbers and shorthand as the voices read and
     * the model hears them, then the phrases of {@code asr-confusions.tsv}, then what only reads
     * right once those are ("psfs avg six three").
     */
    private NormalizedText knownConfusions(NormalizedText nt, List<Fix> fixes) {
        NormalizedText heard = phraseConfusions(heardNumbers(nt, fixes), fixes);
        heard = pass(heard, fixes, SpeechTermCorrector::fourHeardAsFor);
        return pass(pass(heard, fixes, SpeechTermCorrector::averageWithoutPoint), fixes, SpeechTermCorrector::scoreOutOfAHundred);
    }

    /** Fractions, times, echoes and shorthand numbers as heard. */
    private NormalizedText heardNumbers(NormalizedText nt, List<Fix> fixes) {
        nt = pass(nt, fixes, SpeechTermCorrector::spokenFraction);
        nt = pass(nt, fixes, SpeechTermCorrector::timeWithoutPoint);
        nt = pass(nt, fixes, SpeechTermCorrector::echoedDigit);
        nt = pass(nt, fixes, SpeechTermCorrector::forHeardAsFour);
        nt = pass(nt, fixes, SpeechTermCorrector::teenHeardAsTensAndTen);
        nt = pass(nt, fixes, SpeechTermCorrector::gaitHeardAsWeight);
        nt = pass(nt, fixes, SpeechTermCorrector::gaitHeardOpeningItsLine);
        nt = pass(nt, fixes, SpeechTermCorrector::tugHeardAsToday);
        nt = pass(nt, fixes, SpeechTermCorrector::everyHeardAsCue);
        nt = pass(nt, fixes, SpeechTermCorrector::megahertzHeardAsHotPack);
        nt = pass(nt, fixes, SpeechTermCorrector::numberLostToTimes);
        nt = pass(nt, fixes, SpeechTermCorrector::numberHeardAsWords);
        nt = pass(nt, fixes, SpeechTermCorrector::totalWithoutUnit);
        nt = pass(nt, fixes, SpeechTermCorrector::minuteMarkHeard);
        nt = pass(nt, fixes, SpeechTermCorrector::twoHeardAsToThe);
        nt = pass(nt, fixes, SpeechTermCorrector::twoHeardAsToBeforeScale);
        return pass(nt, fixes, this::pauseInsideTerm);
    }

    /** The phrases of {@code asr-confusions.tsv} rewritten to what was said. */
    private NormalizedText phraseConfusions(NormalizedText nt, List<Fix> fixes) {
        List<PhraseSet.Hit> hits = confusions.find(nt.tokens());
        if (hits.isEmpty()) {
            return nt;
        }
        List<Token> tok = nt.tokens();
        List<Token> out = new ArrayList<>(tok.size());
        int i = 0;
        for (PhraseSet.Hit h : hits) {
            int from = h.from();
            while (from > Math.max(0, h.from() - 6) && !Regex.matches(tok.get(from - 1).text(), "[.;!?]|\\*nl\\*")) {
                from--; // (only in its own sentence: "... thirty one on the left. left sixty four, was fifty one" is the LEFS)
            }
            if (h.tag().startsWith("lefs") && Regex.anyToken(tok, from, h.from(), "right|r|rt")) {
                continue; // "grip right forty, left thirty two up from twenty eight": the other side, not "LEFS"
            }
            out.addAll(tok.subList(i, h.from()));
            int s = tok.get(h.from()).origStart();
            int e = tok.get(h.to() - 1).origEnd();
            List<Token> numbers = tok.subList(h.from(), h.to()).stream().filter(Token::isNumber).toList();
            int k = 0;
            List<String> meant = new ArrayList<>();
            for (String w : h.tag().split(" ")) {
                if (w.equals(PhraseSet.NUMBER) && k < numbers.size()) {
                    out.add(numbers.get(k)); // "<n> men" is "<n> min": the number heard stays as it was
                    meant.add(numbers.get(k++).text());
                } else {
                    out.add(new Token(w, w.matches("\\d+") ? Double.valueOf(w) : null, s, e, 0, 0));
                    meant.add(w);
                }
            }
            String heard = nt.original().substring(s, e);
            if (!heard.equalsIgnoreCase(String.join(" ", meant))) { // "quick flicks and" is listed as itself, to keep it
                fixes.add(new Fix(heard, s, e, String.join(" ", meant)));
            }
            i = h.to();
        }
        out.addAll(tok.subList(i, tok.size()));
        return NormalizedText.of(nt.original(), out);
    }

    /** "at counter for postural control" is no "counterforce strap": a goal word heard whole is not part of another term. */
    private boolean swallowsGoalWord(List<String> heard, String phrase) {
        List<String> said = List.of(phrase.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+"));
        return heard.stream().anyMatch(w -> goalWords.contains(w) && !said.contains(w));
    }

    private NormalizedText bySound(NormalizedText nt, List<Fix> fixes) {
        List<Token> tok = nt.tokens();
        boolean[] taken = new boolean[tok.size()];
        for (Mention m : terms.find(tok)) {
            for (int k = m.from(); k < m.to(); k++) {
                taken[k] = true;
            }
        }
        List<String> words = new ArrayList<>(tok.size());
        for (Token t : tok) {
            words.add(t.text());
        }
        List<TermIndex.Hit> hits = new ArrayList<>();
        for (TermIndex.Hit h : index.find(words, taken)) {
            String heard = String.join(" ", words.subList(h.from(), h.to()));
            if (!heard.equalsIgnoreCase(h.phrase()) && !swallowsGoalWord(words.subList(h.from(), h.to()), h.phrase())) {
                hits.add(h);
            }
        }
        if (hits.isEmpty()) {
            return nt;
        }
        List<Token> out = new ArrayList<>(tok.size());
        int i = 0;
        for (TermIndex.Hit h : hits) {
            out.addAll(tok.subList(i, h.from()));
            int s = tok.get(h.from()).origStart();
            int e = tok.get(h.to() - 1).origEnd();
            for (String w : h.phrase().toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
                out.add(new Token(w, null, s, e, 0, 0));
            }
            fixes.add(new Fix(nt.original().substring(s, e), s, e, h.phrase()));
            i = h.to();
        }
        out.addAll(tok.subList(i, tok.size()));
        return NormalizedText.of(nt.original(), out);
    }
}
