package org.rehabscribe.extract;

import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.util.CoreMap;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * First extraction step: CoreNLP's PTB tokenizer and {@link NumberNormalizer} (no model
 * files) turn a dictation into lower-case tokens with spoken numbers as values ("forty two"
 * = 42, "one hundred fifty" = 150); "twelve point three" is joined to 12.3 here, since
 * CoreNLP leaves it apart. Self-corrections are then resolved by {@link Corrections}.
 * Thread-safe: holds no per-call state.
 */
public final class Normalizer {
    private static final String TOKENIZER_OPTIONS =
            "invertible=false,ptb3Escaping=false,normalizeParentheses=false,normalizeOtherBrackets=false,"
                    + "splitHyphenated=true,untokenizable=noneDelete,tokenizeNLs=true";
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "once", "twice");
    private static final Set<String> KEEP_PERIOD = Set.of("vs.", "approx.", "dr.", "mr.", "mrs.", "ms.", "e.g.", "i.e.",
            "etc.", "st.");
    private static final Pattern HYPHENATED_NUMBER = Pattern.compile(
            "(?i)\\b(twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine)-"
                    + "(one|two|three|four|five|six|seven|eight|nine|hundred|thousand)\\b");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Corrections corrections;

    public Normalizer(Corrections corrections) {
        this.corrections = corrections;
    }

    public NormalizedText normalize(String text) {
        return normalize(text, false);
    }

    /** {@code fromSpeech}: the text is a recognizer's, so cues it invents ("wait" for "weight") are not corrections. */
    public NormalizedText normalize(String text, boolean fromSpeech) {
        return NormalizedText.of(text,
                corrections.apply(mergeLetters(spokenSlashes(spokenFractions(text, arrows(mergeDecimals(clockTimes(text, SpokenCommands.codes(mergeSpelledDigits(text, spokenClockRanges(text, scoreReadDigitByDigit(text, usSpelling(countWords(text, toHeardAsTwo(text, SpokenCommands.punctuation(tokens(text))))))))))))))),
                        fromSpeech));
    }

    /**
     * Two clock times said in words one after the other, with or without "to" between (typed
     * "10:40-11:05" read aloud is "ten forty eleven oh five"; "ten thirteen to ten twenty five"
     * is heard "ten thirteen two ten twenty five"): "1040 to 1105", which the clock patterns
     * read. Both must be clock times (an hour, then minutes 10-59 or "oh" and a digit) and the
     * second 5 to 120 minutes after the first.
     */
    private static List<Token> spokenClockRanges(String text, List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            int[] first = spokenClock(text, in, i);
            if (first != null) {
                int j = first[1];
                boolean sep = j < in.size() && (Regex.matches(in.get(j).text(), "to|too|till|until|through|-")
                        || Regex.matches(text.substring(in.get(j).origStart(), in.get(j).origEnd()).toLowerCase(Locale.ROOT), "two"));
                int[] second = spokenClock(text, in, sep ? j + 1 : j);
                if (second != null) {
                    int a = first[0] / 100 % 12 * 60 + first[0] % 100;
                    int b = second[0] / 100 % 12 * 60 + second[0] % 100;
                    int gap = b >= a ? b - a : b + 720 - a;
                    if (gap >= 5 && gap <= 120) {
                        out.add(new Token(Integer.toString(first[0]), (double) first[0], in.get(i).origStart(), in.get(first[1] - 1).origEnd(), 0, 0));
                        out.add(new Token("to", null, in.get(first[1] - 1).origEnd(), in.get(first[1] - 1).origEnd(), 0, 0));
                        out.add(new Token(Integer.toString(second[0]), (double) second[0], in.get(sep ? j + 1 : j).origStart(),
                                in.get(second[1] - 1).origEnd(), 0, 0));
                        i = second[1] - 1;
                        continue;
                    }
                }
            }
            out.add(in.get(i));
        }
        return out;
    }

    /** A clock time said in words from token {@code i}: {hhmm, end}, or null. */
    private static int[] spokenClock(String text, List<Token> in, int i) {
        if (i + 1 >= in.size() || !spelledWhole(text, in.get(i), 1, 12)) {
            return null;
        }
        int h = in.get(i).number().intValue();
        Token next = in.get(i + 1);
        if (Regex.matches(next.text(), "oh|o|or") && i + 2 < in.size() && spelledWhole(text, in.get(i + 2), 1, 9)) {
            return new int[] {h * 100 + in.get(i + 2).number().intValue(), i + 3};
        }
        if (spelledWhole(text, next, 10, 59)) {
            return new int[] {h * 100 + next.number().intValue(), i + 2};
        }
        return null;
    }

    private static boolean spelledWhole(String text, Token t, int min, int max) {
        return wholeNumber(t, min, max) && Character.isLetter(text.charAt(t.origStart()));
    }

    /** "NPRS 6 -> 4/10", "Berg 38→44": an arrow between two numbers, written one way ("->"). */
    private static List<Token> arrows(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            boolean between = i > 0 && i + 1 < in.size() && in.get(i - 1).isNumber()
                    && (in.get(i + 1).isNumber() || Regex.matches(in.get(i + 1).text(), "\\d+(\\.\\d+)?(/\\d+)?"));
            if (between && Regex.matches(t.text(), ">|->|-->|→|=>|⇒")) {
                out.add(new Token("->", null, t.origStart(), t.origEnd(), 0, 0));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Token> tokens(String text) {
        // "twenty-five": same-length rewrite so that offsets still point into the transcript
        String spaced = HYPHENATED_NUMBER.matcher(text).replaceAll("$1 $2");
        PTBTokenizer<CoreLabel> tok = new PTBTokenizer<>(new StringReader(spaced), new CoreLabelTokenFactory(),
                TOKENIZER_OPTIONS);
        List<CoreLabel> labels = tok.tokenize();
        Annotation ann = new Annotation(text);
        ann.set(CoreAnnotations.TokensAnnotation.class, labels);
        List<CoreMap> merged = NumberNormalizer.findAndMergeNumbers(ann);
        List<Token> out = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            CoreMap m = merged.get(i);
            String word = m.get(CoreAnnotations.TextAnnotation.class);
            int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            // clinical shorthand the tokenizer splits at the slash: w/c, s/p, y/o, c/o, w/
            if (i + 1 < merged.size() && word.length() <= 2 && word.chars().allMatch(Character::isLetter)
                    && "/".equals(merged.get(i + 1).get(CoreAnnotations.TextAnnotation.class))
                    && merged.get(i + 1).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) == end) {
                int slashEnd = end + 1;
                String right = i + 2 < merged.size() ? merged.get(i + 2).get(CoreAnnotations.TextAnnotation.class) : "";
                boolean joined = i + 2 < merged.size() && right.length() <= 2 && right.chars().allMatch(Character::isLetter)
                        && merged.get(i + 2).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) == slashEnd;
                String w = withWritten((word + "/" + (joined ? right : "")).toLowerCase(Locale.ROOT));
                int e = joined ? slashEnd + right.length() : slashEnd;
                out.add(new Token(w, null, begin, e, 0, 0));
                i += joined ? 2 : 1;
                continue;
            }
            int arrow = arrowEnd(merged, i);
            if (arrow > i) {
                // "sit<>stand", "sit<->stand", "w/c<>BSC": to and from
                out.add(new Token("to", null, begin, merged.get(arrow).get(CoreAnnotations.CharacterOffsetEndAnnotation.class), 0, 0));
                i = arrow;
                continue;
            }
            if (word.equals("US")) {
                out.add(new Token("ultrasound", null, begin, end, 0, 0)); // upper-case US is the modality, not "us"
                continue;
            }
            Number n = m.get(CoreAnnotations.NumericCompositeValueAnnotation.class);
            String lower = word.toLowerCase(Locale.ROOT);
            int lastSpace = lower.lastIndexOf(' ');
            if (n != null && lastSpace > 0 && ORDINALS.contains(lower.substring(lastSpace + 1))) {
                // "thirty second chair stand" is 30 + "second", not the ordinal 32nd
                Number head = headNumber(lower.substring(0, lastSpace));
                if (head != null) {
                    double v = head.doubleValue();
                    out.add(new Token(format(v), v, begin, begin + lastSpace, 0, 0));
                    out.add(new Token(lower.substring(lastSpace + 1), null, begin + lastSpace + 1, end, 0, 0));
                    continue;
                }
                if ((lower.startsWith("and ") || lower.contains(" and ")) && begin + lower.length() == end) {
                    // "fourth and fifth metacarpals": ordinals joined, no one number; the words stay words
                    int at = 0;
                    for (String w : lower.split(" ")) {
                        out.add(new Token(w, null, begin + at, begin + at + w.length(), 0, 0));
                        at += w.length() + 1;
                    }
                    continue;
                }
            }
            java.util.regex.Matcher tenThen = TEN_THEN_DIGIT.matcher(lower);
            if (n != null && tenThen.matches() && begin + lower.length() == end) {
                // "two sets of ten six minutes" (a comma not heard) is read 16: ten, then another number
                int second = begin + tenThen.start(2);
                Number first = headNumber(lower.substring(0, tenThen.end(1)));
                Number then = headNumber(tenThen.group(2));
                if (first != null && then != null) {
                    out.add(new Token(format(first.doubleValue()), first.doubleValue(), begin, begin + tenThen.end(1), 0, 0));
                    out.add(new Token(format(then.doubleValue()), then.doubleValue(), second, end, 0, 0));
                    continue;
                }
            }
            if (n != null && !ORDINALS.contains(lower) && !Regex.matches(lower, ".*\\d+(st|nd|rd|th)")) {
                double v = n.doubleValue();
                out.add(new Token(format(v), v, begin, end, 0, 0));
            } else if (lower.equals("-") && spacedDash(text, begin, end)) {
                out.add(new Token("-", null, begin, end, 0, 0)); // "Toilet transfer training, CGA - 10": a separator
            } else {
                splitWord(lower, begin, out);
            }
        }
        return out;
    }

    /** A number read as one that is "ten" then a digit or another ten, which no one says for 11 to 20. */
    private static final java.util.regex.Pattern TEN_THEN_DIGIT = java.util.regex.Pattern.compile(
            "((?:(?!hundred|thousand|and ).)*?\\bten) (one|two|three|four|five|six|seven|eight|nine|ten)");

    static boolean wholeNumber(Token t, int min, int max) {
        return t.isNumber() && t.number() == Math.rint(t.number()) && t.number() >= min && t.number() <= max;
    }

    /** Digits as a recognizer may hear them ("for five" is 4 5). */
    private static final Map<String, Integer> HEARD_DIGITS = Map.ofEntries(Map.entry("to", 2), Map.entry("too", 2),
            Map.entry("for", 4), Map.entry("free", 3), Map.entry("won", 1), Map.entry("ate", 8), Map.entry("o", 0), Map.entry("oh", 0));

    /**
     * Typed "QuickDASH 45 (61 at IE)" as a synthesiser reads it, "quick dash four five sixty one at
     * ie", and as it is heard, "quick dash for five sixty one": two digits after the test's name,
     * then the earlier score, are the score.
     */
    private static List<Token> scoreReadDigitByDigit(String text, List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            boolean afterName = i > 0 && in.get(i - 1).text().equals("dash") && i > 1 && in.get(i - 2).text().equals("quick")
                    || i > 0 && in.get(i - 1).text().equals("quickdash");
            Integer first = afterName ? heardDigit(text, t) : null;
            Integer second = first != null && i + 1 < in.size() ? heardDigit(text, in.get(i + 1)) : null;
            if (first == null || second == null || first == 0 || i + 2 >= in.size() || !wholeNumber(in.get(i + 2), 10, 100)) {
                out.add(t);
                continue;
            }
            double v = first * 10 + second;
            out.add(new Token(format(v), v, t.origStart(), in.get(i + 1).origEnd(), 0, 0));
            i++;
        }
        return out;
    }

    private static Integer heardDigit(String text, Token t) {
        if (t.isNumber()) {
            return wholeNumber(t, 0, 9) && Character.isLetter(text.charAt(t.origStart())) ? t.number().intValue() : null; // "five", not "5"
        }
        return HEARD_DIGITS.get(t.text());
    }

    /**
     * "from nine fifty two ten fifteen": a clock range whose "to" was heard "two" and joined to
     * the minutes before it (52); the minutes are the tens, then "to", then the second time.
     */
    private static List<Token> toHeardAsTwo(String text, List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            boolean range = i >= 2 && Regex.matches(in.get(i - 2).text(), "from|between") && hourOf(in.get(i - 1)) != null
                    && t.isNumber() && t.number() >= 22 && t.number() <= 52 && t.number() % 10 == 2
                    && i + 1 < in.size() && hourOf(in.get(i + 1)) != null
                    && text.substring(t.origStart(), t.origEnd()).toLowerCase(Locale.ROOT).matches("[a-z]+[ -]two");
            if (!range) {
                out.add(t);
                continue;
            }
            int space = text.substring(t.origStart(), t.origEnd()).toLowerCase(Locale.ROOT).lastIndexOf("two") - 1;
            double tens = t.number() - 2;
            out.add(new Token(format(tens), tens, t.origStart(), t.origStart() + space, 0, 0));
            out.add(new Token("to", null, t.origStart() + space + 1, t.origEnd(), 0, 0));
        }
        return out;
    }

    private static final Pattern DOZEN = Pattern.compile("(?i)dozen");
    private static final Pattern COUNTED = Pattern.compile("sets?|reps?|repetitions?|rounds?|bouts?|laps?|trials?|times|passes");

    /**
     * Counts said as words: "out of a hundred" is out of 100, "half a dozen reps" is 6 (the number normaliser reads the "dozen"
     * alone as 12), "a couple sets of ten" and "a couple of rounds" are 2 sets and 2 rounds. A
     * couple of anything else ("a couple of minutes", "a couple of falls") stays words.
     */
    private static List<Token> countWords(String text, List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            if (t.text().equals("half") && i + 2 < in.size() && in.get(i + 1).text().equals("a")
                    && Double.valueOf(12).equals(in.get(i + 2).number())
                    && DOZEN.matcher(text.substring(in.get(i + 2).origStart(), in.get(i + 2).origEnd())).matches()) {
                out.add(new Token("6", 6.0, t.origStart(), in.get(i + 2).origEnd(), 0, 0));
                i += 2;
                continue;
            }
            if (t.text().equals("a") && i >= 2 && in.get(i - 1).text().equals("of") && in.get(i - 2).text().equals("out")
                    && i + 1 < in.size() && in.get(i + 1).isNumber()) {
                // "forty five out of a hundred": the scale is the number
                Token n = in.get(i + 1);
                out.add(new Token(n.text(), n.number(), t.origStart(), n.origEnd(), 0, 0));
                i++;
                continue;
            }
            if (t.text().equals("a") && i + 2 < in.size() && in.get(i + 1).text().equals("couple")) {
                int unit = in.get(i + 2).text().equals("of") ? i + 3 : i + 2;
                if (unit < in.size() && COUNTED.matcher(in.get(unit).text()).matches()) {
                    out.add(new Token("2", 2.0, t.origStart(), in.get(unit - 1).origEnd(), 0, 0));
                    i = unit - 1;
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /** The index of the ">" closing a "<>" or "<->" that starts at {@code i}, written without spaces; else -1. */
    private static int arrowEnd(List<CoreMap> merged, int i) {
        if (!"<".equals(merged.get(i).get(CoreAnnotations.TextAnnotation.class))) {
            return -1;
        }
        int end = merged.get(i).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        for (int k = i + 1; k < Math.min(merged.size(), i + 3); k++) {
            CoreMap m = merged.get(k);
            String w = m.get(CoreAnnotations.TextAnnotation.class);
            if (m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) != end || !w.equals(">") && !w.equals("-")) {
                return -1;
            }
            if (w.equals(">")) {
                return k;
            }
            end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        }
        return -1;
    }

    private static boolean spacedDash(String text, int begin, int end) {
        return begin > 0 && end < text.length() && Character.isWhitespace(text.charAt(begin - 1))
                && Character.isWhitespace(text.charAt(end));
    }

    /** Splits "re-education" and "ther-ex" into words; keeps "3x10", "42/56" whole for the rules. */
    private static void splitWord(String lower, int begin, List<Token> out) {
        if (lower.equals("-") || lower.equals("--")) {
            return;
        }
        if (lower.equals("n.") && !out.isEmpty()
                && Regex.matches(out.get(out.size() - 1).text(), "median|ulnar|radial|sciatic|femoral|tibial|peroneal|fibular")) {
            out.add(new Token("nerve", null, begin, begin + 2, 0, 0)); // "median n. glides": a nerve, not a sentence end
            return;
        }
        // PTB keeps "s." or "min." whole at a sentence end; the period is a boundary for us
        if (lower.length() > 1 && lower.endsWith(".") && lower.indexOf('.') == lower.length() - 1
                && !KEEP_PERIOD.contains(lower) && Character.isLetter(lower.charAt(0))) {
            splitWord(lower.substring(0, lower.length() - 1), begin, out);
            out.add(new Token(".", null, begin + lower.length() - 1, begin + lower.length(), 0, 0));
            return;
        }
        if (lower.indexOf('-') > 0 && !Regex.matches(lower, "[\\d.]+-[\\d.]+")) {
            int off = 0;
            for (String part : lower.split("-")) {
                if (!part.isEmpty()) {
                    out.add(word(part, begin + off));
                }
                off += part.length() + 1;
            }
            return;
        }
        out.add(word(lower, begin));
    }

    private static Token word(String w, int begin) {
        Double n = DIGITS.matcher(w).matches() ? Double.valueOf(w) : null;
        return new Token(w, n, begin, begin + w.length(), 0, 0);
    }

    /**
     * Numbers read digit by digit ("one two point five seconds", "four six out of five six")
     * become one number. Only runs of spelled single digits merge; "3 sets of 10" does not.
     */
    private static List<Token> mergeSpelledDigits(String text, List<Token> in) {
        in = hyphenedClock(text, clockOh(in));
        List<Token> out = new ArrayList<>(in.size());
        int i = 0;
        while (i < in.size()) {
            int j = i;
            while (j < in.size() && spelledDigit(text, in.get(j))) {
                j++;
            }
            boolean afterPoint = i > 0 && in.get(i - 1).text().equals("point"); // decimals merge later
            if (j == i && distanceSaidInPairs(text, in, i)) {
                // "thirteen fifty feet", "ten twenty meters": 1350, 1020
                double v = in.get(i).number() * 100 + in.get(i + 1).number();
                out.add(new Token(format(v), v, in.get(i).origStart(), in.get(i + 1).origEnd(), 0, 0));
                i += 2;
                continue;
            }
            if (j - i == 1 && !afterPoint && in.get(i).number() >= 1 && hundredsSaidShort(text, in, i)) {
                // "left one ten" (grip), "one twenty over eighty": 110, 120
                double v = in.get(i).number() * 100 + in.get(i + 1).number();
                out.add(new Token(format(v), v, in.get(i).origStart(), in.get(i + 1).origEnd(), 0, 0));
                i += 2;
                continue;
            }
            if (j - i >= 3 && !afterPoint && j < in.size() && Regex.matches(in.get(j).text(), "minutes?|mins?")) {
                // "anterior glides at l four five nine minutes": L4-5, then nine minutes; no treatment lasts 459
                out.addAll(mergeSpelledDigits(text, in.subList(i, j - 1)));
                out.add(in.get(j - 1));
                i = j;
                continue;
            }
            // "post glides grade three eight minutes": a grade or a spinal level takes one digit, so no 38; so does a
            // finger ("coban wrap d three eight.": typed "D3 8'", the third finger and eight minutes)
            String before = i > 0 ? in.get(i - 1).text() : "";
            String after = j < in.size() ? in.get(j).text() : "";
            boolean oneDigitTaken = Regex.matches(after, "minutes?|mins?") && Regex.matches(before, "grade|grades|gr|level|lvl|stage|phase|type|seat|setting|speed|incline|resistance|notch|position|l|c|t|s")
                    || before.equalsIgnoreCase("d") && Regex.matches(after, "minutes?|mins?|\\.|,|;");
            if (j - i == 2 && !afterPoint && in.get(i).number().equals(in.get(i + 1).number())
                    && (after.isEmpty() || Regex.matches(after, "\\.|,|;"))) {
                // "joint mobs gr iii nine nine.": typed "9'." read aloud, the digit heard twice, not 99
                out.add(new Token(in.get(i).text(), in.get(i).number(), in.get(i).origStart(), in.get(i + 1).origEnd(), 0, 0));
                i = j;
                continue;
            }
            if (j - i == 3 && !afterPoint && Regex.matches(before, "c|see|sea|t|tea|l|el|s") && !out.isEmpty()
                    && (after.isEmpty() || Regex.matches(after, "\\.|,|;"))) {
                // typed "SNAGs C1-2 7'." read aloud, "snags see one two seven.": the level (C1-2), then the time
                Token letter = out.remove(out.size() - 1);
                String level = (Regex.matches(letter.text(), "see|sea") ? "c" : Regex.matches(letter.text(), "tea") ? "t"
                        : Regex.matches(letter.text(), "el") ? "l" : letter.text()) + format(in.get(i).number())
                        + "-" + format(in.get(j - 2).number());
                out.add(new Token(level, null, letter.origStart(), in.get(j - 2).origEnd(), 0, 0));
                out.add(in.get(j - 1));
                i = j;
                continue;
            }
            if (j - i == 2 && !afterPoint && oneDigitTaken) {
                out.add(in.get(i));
                out.add(in.get(i + 1));
                i = j;
                continue;
            }
            if (j - i >= 2 && !afterPoint) {
                StringBuilder digits = new StringBuilder();
                for (int k = i; k < j; k++) {
                    digits.append(format(in.get(k).number()));
                }
                double v = Double.parseDouble(digits.toString());
                out.add(new Token(format(v), v, in.get(i).origStart(), in.get(j - 1).origEnd(), 0, 0));
                i = j;
            } else {
                out.add(in.get(i));
                i++;
            }
        }
        return out;
    }

    /**
     * "from two-twenty to two-thirty-five", "ten-thirteen to ten-twenty-five": an hour and its
     * minutes written as one hyphened word are one number (220, 1013), as "one-twenty over eighty"
     * is 120.
     */
    private static List<Token> hyphenedClock(String text, List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            Token next = i + 1 < in.size() ? in.get(i + 1) : null;
            if (next != null && wholeNumber(t, 1, 12) && wholeNumber(next, 10, 59) && Character.isLetter(text.charAt(t.origStart()))
                    && Character.isLetter(text.charAt(next.origStart())) && next.origStart() == t.origEnd() + 1
                    && text.charAt(t.origEnd()) == '-' && !(t.origStart() > 0 && text.charAt(t.origStart() - 1) == '-')) {
                double v = t.number() * 100 + next.number();
                out.add(new Token(format(v), v, t.origStart(), next.origEnd(), 0, 0));
                i++;
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** "from four o five to four thirty", the "oh" of a clock time heard as the letter: "o" is 0 there. */
    private static List<Token> clockOh(List<Token> in) {
        List<Token> out = null;
        for (int i = 1; i + 1 < in.size(); i++) {
            Token t = in.get(i);
            if (t.text().equals("o") && wholeNumber(in.get(i - 1), 1, 12) && wholeNumber(in.get(i + 1), 1, 9)) {
                if (out == null) {
                    out = new ArrayList<>(in);
                }
                out.set(i, new Token("0", 0.0, t.origStart(), t.origEnd(), 0, 0));
            }
        }
        return out == null ? in : out;
    }

    /** A spelled digit then a spelled 10-99 ("one ten"), not a count before a compound ("three thirty second holds"). */
    private static boolean hundredsSaidShort(String text, List<Token> in, int i) {
        if (i + 1 >= in.size()) {
            return false;
        }
        Token next = in.get(i + 1);
        String after = i + 2 < in.size() ? in.get(i + 2).text() : "";
        return next.isNumber() && next.number() >= 10 && next.number() <= 99 && next.number() == Math.floor(next.number())
                && Character.isLetter(text.charAt(next.origStart())) && next.origStart() > in.get(i).origEnd()
                && text.substring(in.get(i).origEnd(), next.origStart()).isBlank()
                && !Regex.matches(after, "seconds?|second|minutes?|minute|mins?|pounds?|pound|foot|feet|inch|meters?|degree|degrees|percent|%|-")
                // "three x five thirteen": typed "3x5 13'" read aloud, reps then minutes, not 513
                && !(i > 0 && Regex.matches(in.get(i - 1).text(), "x|by|of|times"))
                // "rail c g eight sixteen": typed "CGA, 16'", the assist level's "A" heard "eight", not 816
                && !(in.get(i).number() == 8 && i > 0 && Regex.matches(in.get(i - 1).text(), "cg|sb|g|b|rwsb"))
                // "pain four ten": typed "4/10" read aloud, not 410
                && !(next.number() == 10 && i > 0 && (Regex.matches(in.get(i - 1).text(), "pain|rated|rates|rating|nprs|vas")
                        || i > 1 && Regex.matches(in.get(i - 1).text(), "is|was|at|of|'s")
                        && Regex.matches(in.get(i - 2).text(), "pain|nprs|vas|rating")));
    }

    /** A spelled 10-19 then a spelled 10-99 before a unit of distance, as long walk distances are said. */
    private static boolean distanceSaidInPairs(String text, List<Token> in, int i) {
        if (i + 2 >= in.size()) {
            return false;
        }
        Token t = in.get(i);
        Token next = in.get(i + 1);
        return t.isNumber() && t.number() >= 10 && t.number() <= 19 && t.number() == Math.floor(t.number())
                && Character.isLetter(text.charAt(t.origStart())) && !text.substring(t.origStart(), t.origEnd()).contains(" ")
                && next.isNumber() && next.number() >= 10 && next.number() <= 99 && next.number() == Math.floor(next.number())
                && Character.isLetter(text.charAt(next.origStart())) && text.substring(t.origEnd(), next.origStart()).isBlank()
                && Regex.matches(in.get(i + 2).text(), "feet|foot|ft|meters?|metres?|m|yards?")
                // "putty pinch red three x ten twelve m": typed "3x10 (12m)" read aloud, reps then minutes, not 1012 meters
                && !(i > 0 && Regex.matches(in.get(i - 1).text(), "x|by|of|times"));
    }

    private static boolean spelledDigit(String text, Token t) {
        return t.isNumber() && t.number() >= 0 && t.number() <= 9 && t.number() == Math.floor(t.number())
                && Character.isLetter(text.charAt(t.origStart())) && t.origEnd() - t.origStart() <= 5;
    }

    /** "stabilisation", "oedema", "kerbs": read as the US spellings the vocabularies use ({@code spellings.tsv}). */
    private static List<Token> usSpelling(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            String us = t.text().equals("cp") && coldPack(in, i) ? "cold pack" : SPELLINGS.get(t.text());
            if (us == null) {
                out.add(t);
                continue;
            }
            for (String w : us.split(" ")) {
                out.add(new Token(w, null, t.origStart(), t.origEnd(), 0, 0));
            }
        }
        return out;
    }

    /**
     * "CP to the knee ten minutes", "MHP/CP": a cold pack; not the diagnosis ("a child with CP",
     * "spastic CP", "CP, GMFCS level III"), which is named after a word that introduces one or
     * is followed by what describes it.
     */
    private static boolean coldPack(List<Token> in, int i) {
        int b = i > 1 && Regex.matches(in.get(i - 1).text(), ":|-") ? i - 2 : i - 1; // "Dx: CP"
        String before = b >= 0 ? in.get(b).text() : "";
        String after = i + 1 < in.size() ? in.get(i + 1).text() : "";
        String after2 = i + 2 < in.size() ? in.get(i + 2).text() : "";
        return !Regex.matches(before, "with|w/|has|have|had|of|hx|dx|spastic|diplegic|hemiplegic|quadriplegic|athetoid|ataxic|"
                + "dyskinetic|mixed|mild|moderate|severe|for|to|due|secondary|2/2|2°|diagnosis|diagnosed")
                && !Regex.matches(after, "gmfcs|diplegia|hemiplegia|quadriplegia|child|kid|patient|pt|level|spastic|with|w/")
                && !Regex.matches(after2, "gmfcs|level");
    }

    private static final java.util.Map<String, String> SPELLINGS = spellings();

    private static java.util.Map<String, String> spellings() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String[] row : org.rehabscribe.vocab.Tsv.read("/org/rehabscribe/extract/spellings.tsv", 2)) {
            m.put(row[0], row[1]);
        }
        return java.util.Map.copyOf(m);
    }

    /**
     * Times of day said aloud become one number of hours and minutes, the way typed times
     * ("0905", "2:10") are read: "nine oh five" 905, "ten past two" 210, "quarter past three"
     * 315, "half past ten" 1030, "quarter to three" 245, and "at ten forty", "to eleven
     * fourteen" 1040, 1114 (only after a word that introduces a time, since "ten forty" is
     * otherwise two numbers).
     */
    private static List<Token> clockTimes(String text, List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            Token a = i + 1 < in.size() ? in.get(i + 1) : null;
            Token b = i + 2 < in.size() ? in.get(i + 2) : null;
            String before = i > 0 ? in.get(i - 1).text() : "";
            Integer hour = b != null && b.isNumber() ? hourOf(b) : null;
            double clock = -1;
            if (hourOf(t) != null && a != null && a.text().equals("oh") && b != null && spelledDigit(text, b) && b.number() >= 1) {
                clock = hourOf(t) * 100 + b.number(); // nine oh five
            } else if (a != null && a.text().equals("past") && hour != null
                    && (t.isNumber() && t.number() >= 1 && t.number() <= 30 || Regex.matches(t.text(), "quarter|half"))) {
                clock = hour * 100 + (t.text().equals("quarter") ? 15 : t.text().equals("half") ? 30 : t.number());
            } else if (t.text().equals("quarter") && a != null && a.text().equals("to") && hour != null && hour > 1) {
                clock = (hour - 1) * 100 + 45;
            } else if (Regex.matches(before, "at|from|until|till|to|between") && hourOf(t) != null && t.number() >= 10
                    && a != null && a.isNumber() && a.number() >= 10 && a.number() <= 59 && a.number() == Math.floor(a.number())
                    && Character.isLetter(text.charAt(t.origStart())) && Character.isLetter(text.charAt(a.origStart()))
                    && (b == null || !Regex.matches(b.text(), "minutes?|mins?|seconds?|reps?|sets?|times|pounds?|lbs?|feet|degrees?|percent|%"))) {
                clock = t.number() * 100 + a.number(); // at ten forty
            }
            if (clock < 0) {
                out.add(t);
                continue;
            }
            int last = Regex.matches(a.text(), "to|past|oh") ? i + 2 : i + 1;
            out.add(new Token(format(clock), clock, t.origStart(), in.get(last).origEnd(), 0, 0));
            i = last;
        }
        return out;
    }

    /** 1 to 12 as a whole number, else null. */
    private static Integer hourOf(Token t) {
        return t.isNumber() && t.number() >= 1 && t.number() <= 12 && t.number() == Math.floor(t.number()) ? t.number().intValue() : null;
    }

    private static final java.util.Map<String, Integer> FRACTIONS = java.util.Map.ofEntries(
            java.util.Map.entry("thirds", 3), java.util.Map.entry("fourths", 4), java.util.Map.entry("fifths", 5),
            java.util.Map.entry("sixths", 6), java.util.Map.entry("sevenths", 7), java.util.Map.entry("eighths", 8),
            java.util.Map.entry("ninths", 9), java.util.Map.entry("tenths", 10), java.util.Map.entry("twentieths", 20),
            java.util.Map.entry("thirtieths", 30), java.util.Map.entry("fortieths", 40), java.util.Map.entry("fiftieths", 50),
            java.util.Map.entry("sixtieths", 60), java.util.Map.entry("seventieths", 70), java.util.Map.entry("eightieths", 80),
            java.util.Map.entry("hundredths", 100));

    /**
     * "seven tenths", "sixteen twenty eighths", "forty five one hundredths": a score read out as
     * a fraction (speech synthesizers read "7/10" so) becomes "7 / 10".
     */
    /** How a heard letter of shorthand is said: "be" for b/l, "you" for f/u, "see" for w/c. */
    private static final Map<String, String> SAID_LETTERS = Map.of("be", "b", "you", "u", "see", "c", "oh", "o", "why", "y");

    /**
     * Shorthand with a slash read aloud: "s slash p" is s/p, "w slash rw" is "w/ rw", "f slash
     * you" is f/u and "quad slash hip" is "quad / hip", as the same words typed would read.
     * "slashed" (a mishearing) counts only beside a letter.
     */
    private static List<Token> spokenSlashes(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            String w = t.text();
            boolean slash = w.equals("slash") || w.equals("slashed") || w.equals("flash");
            String left = out.isEmpty() ? null : shorthandLetter(out.get(out.size() - 1).text(), true);
            String right = i + 1 < in.size() ? shorthandLetter(in.get(i + 1).text(), false) : null;
            if (!slash || (!w.equals("slash") && left == null) || out.isEmpty() || i + 1 >= in.size()
                    || out.get(out.size() - 1).isPunct() || in.get(i + 1).isPunct()) {
                out.add(t);
            } else if (left != null) {
                Token l = out.remove(out.size() - 1);
                Token r = in.get(i + 1);
                // "w slash r w" is "w/ rw" and "w slash c n a" "w/ cna"; w joins only a lone c or o (w/c, w/o)
                boolean joined = right != null && (!left.equals("w") || (right.equals("c") || right.equals("o"))
                        && !(i + 2 < in.size() && isLetter(in.get(i + 2).text()))
                        && !(i + 3 < in.size() && in.get(i + 2).text().equals("and") && isLetter(in.get(i + 3).text()))); // "c and a": CNA
                out.add(new Token(withWritten(left + "/" + (joined ? right : "")), null, l.origStart(),
                        joined ? r.origEnd() : t.origEnd(), 0, 0));
                i += joined ? 1 : 0;
            } else {
                out.add(new Token("/", null, t.origStart(), t.origEnd(), 0, 0));
            }
        }
        return out;
    }

    /** "w/" is "with": the rules and the vocabulary read one word. */
    private static String withWritten(String shorthand) {
        return shorthand.equals("w/") ? "with" : shorthand;
    }

    private static String shorthandLetter(String w, boolean leftOfSlash) {
        if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
            return w;
        }
        return leftOfSlash && !w.equals("be") && !w.equals("see") ? null : SAID_LETTERS.get(w);
    }

    private static List<Token> spokenFractions(String text, List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            int j = i + 1;
            int tens = 0;
            if (t.isNumber() && j + 1 < in.size() && in.get(j).isNumber() && FRACTIONS.containsKey(in.get(j + 1).text())) {
                double v = in.get(j).number();
                boolean one = v == 1 && in.get(j + 1).text().equals("hundredths");
                if (!one && (v < 20 || v > 90 || v % 10 != 0)) {
                    out.add(t);
                    continue;
                }
                tens = one ? 0 : (int) v;
                j++;
            }
            if (t.isNumber() && j < in.size() && FRACTIONS.containsKey(in.get(j).text())) {
                int denominator = tens + FRACTIONS.get(in.get(j).text());
                if (denominator == 100 && j == i + 1 && t.number() > 20 && t.number() < 100 && t.number() % 10 == 1
                        && text.substring(t.origStart(), t.origEnd()).toLowerCase(Locale.ROOT).endsWith("one")) {
                    // a typed "90/100" read aloud, "ninety one-hundredths": the "one" was the denominator's
                    // ("41/100" is read "forty-one one-hundredths")
                    t = new Token(format(t.number() - 1), t.number() - 1, t.origStart(), t.origEnd(), 0, 0);
                }
                if (t.number() <= denominator) {
                    Token f = in.get(j);
                    int from = in.get(i + 1).origStart();
                    out.add(t);
                    out.add(new Token("/", null, from, f.origEnd(), 0, 0));
                    out.add(new Token(String.valueOf(denominator), (double) denominator, from, f.origEnd(), 0, 0));
                    i = j;
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /** "12 point 3" (CoreNLP keeps spoken decimals apart) becomes 12.3. */
    private static List<Token> mergeDecimals(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            if (t.isNumber() && i + 2 < in.size() && in.get(i + 1).text().equals("point")
                    && in.get(i + 2).isNumber() && t.number() == Math.floor(t.number())
                    && in.get(i + 2).number() == Math.floor(in.get(i + 2).number())) {
                // "zero point three six": single digits after the point each add a decimal place
                StringBuilder frac = new StringBuilder(format(in.get(i + 2).number()));
                int j = i + 3;
                while (frac.length() < 3 && j < in.size() && in.get(j).isNumber()
                        && in.get(j).number() >= 0 && in.get(j).number() <= 9 && in.get(j).number() == Math.floor(in.get(j).number())) {
                    frac.append(format(in.get(j).number()));
                    j++;
                }
                double v = Double.parseDouble(format(t.number()) + "." + frac);
                out.add(new Token(format(v), v, t.origStart(), in.get(j - 1).origEnd(), 0, 0));
                i = j - 1;
            } else if (t.text().equals("point") && (i == 0 || !in.get(i - 1).isNumber()) && i + 1 < in.size()
                    && in.get(i + 1).isNumber() && in.get(i + 1).number() == Math.floor(in.get(i + 1).number())
                    && in.get(i + 1).number() >= 0 && in.get(i + 1).number() < 1000) {
                // "point seven eight meters per second": 0.78 (CoreNLP may already have joined "seven eight")
                StringBuilder frac = new StringBuilder(format(in.get(i + 1).number()));
                int j = i + 2;
                while (frac.length() < 3 && j < in.size() && isDigit(in.get(j))) {
                    frac.append(format(in.get(j).number()));
                    j++;
                }
                double v = Double.parseDouble("0." + frac);
                out.add(new Token(format(v), v, t.origStart(), in.get(j - 1).origEnd(), 0, 0));
                i = j - 1;
            } else if (t.isNumber() && i + 2 < in.size() && in.get(i + 1).text().equals("ish")
                    && Regex.matches(in.get(i + 2).text(), "minutes?|mins?|min|reps?|seconds?|secs?|feet|ft|pounds|lbs?")) {
                out.add(t); // "ten-ish minutes": about ten minutes; a bare "ten-ish" stays, as an approximate time
                i++;
            } else if (t.isNumber() && t.number() == Math.floor(t.number()) && i + 3 < in.size()
                    && in.get(i + 1).text().equals("and") && in.get(i + 2).text().equals("a")
                    && Regex.matches(in.get(i + 3).text(), "half|quarter")) {
                // "eight and a half inches": 8.5
                double v = t.number() + (in.get(i + 3).text().equals("half") ? 0.5 : 0.25);
                out.add(new Token(format(v), v, t.origStart(), in.get(i + 3).origEnd(), 0, 0));
                i += 3;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isDigit(Token t) {
        return t.isNumber() && t.number() >= 0 && t.number() <= 9 && t.number() == Math.floor(t.number());
    }

    /**
     * Spelled-out abbreviations ("t u g", "p n f", "b b s") become one word ("tug"); a
     * leading article stays apart ("a t u g" is "a tug"), and "x" never joins (3 x 10).
     */
    private static List<Token> mergeLetters(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        int i = 0;
        while (i < in.size()) {
            int j = i;
            while (j < in.size() && isLetter(in.get(j).text())) {
                j++;
            }
            if (j - i >= 3 && (in.get(i).text().equals("a") || in.get(i).text().equals("i"))
                    && !SPELLED_WITH_A_OR_I.contains(joined(in, i, j))) {
                int spelled = spelledPrefix(joined(in, i, j));
                if (spelled > 0) {
                    // "unattended i f c d r spine" ("IFC to L-spine" read aloud): the abbreviation, then the rest of the run
                    out.add(new Token(joined(in, i, i + spelled), null, in.get(i).origStart(), in.get(i + spelled - 1).origEnd(), 0, 0));
                    i += spelled;
                    if (j - i < 2) {
                        continue;
                    }
                } else {
                    out.add(in.get(i));
                    i++;
                }
            }
            if (j - i == 2 && i > 0 && in.get(i - 1).isNumber() && in.get(i).text().equals("s")
                    && Regex.matches(in.get(i + 1).text(), "l|r")) {
                out.add(in.get(i)); // "three s l two s": the seconds of a reading, then the next side
                i++;
                continue;
            }
            if (j - i == 3 && i > 0 && in.get(i - 1).isNumber() && joined(in, i, i + 2).equals("lb")
                    && Regex.matches(in.get(i + 2).text(), "l|r") && j < in.size() && in.get(j).isNumber()) {
                // "grip l eighty two l b r ninety six": the pounds of a reading, then the next side
                out.add(new Token("lb", null, in.get(i).origStart(), in.get(i + 1).origEnd(), 0, 0));
                out.add(in.get(i + 2));
                i = j;
                continue;
            }
            if (j - i >= 2) {
                // "w m l g t t r n g" ("w/ RW. Gt trng" read aloud): a known abbreviation inside the run starts a word
                int head = runHead(joined(in, i, j));
                if (head > 0) {
                    out.add(head == 1 ? in.get(i) : new Token(joined(in, i, i + head), null, in.get(i).origStart(),
                            in.get(i + head - 1).origEnd(), 0, 0));
                    i += head;
                    if (j - i < 2) {
                        out.add(in.get(i));
                        i = j;
                        continue;
                    }
                }
                out.add(new Token(joined(in, i, j), null, in.get(i).origStart(), in.get(j - 1).origEnd(), 0, 0));
                i = j;
            } else {
                out.add(in.get(i));
                i++;
            }
        }
        return out;
    }

    private static final java.util.Set<String> SPELLED_WITH_A_OR_I = PhraseSet.lines(
            "/org/rehabscribe/extract/spelled-abbreviations.txt");

    /** The length of the longest abbreviation of {@code spelled-abbreviations.txt} (three letters or more) opening {@code run}, or 0. */
    private static int spelledPrefix(String run) {
        int best = 0;
        for (String a : SPELLED_WITH_A_OR_I) {
            // (the rest a run of its own, two letters or more: "a d l b" is "eighty lb" heard, not ADL)
            if (a.length() >= 3 && a.length() + 2 <= run.length() && run.startsWith(a) && a.length() > best) {
                best = a.length();
            }
        }
        return best;
    }

    /** Letter sequences that begin an abbreviation wherever they stand in a run of spoken letters. */
    private static final List<String> RUN_HEADS = List.copyOf(PhraseSet.lines("/org/rehabscribe/extract/letter-run-heads.txt"));

    /** Where in {@code run} a known abbreviation starts (0 when none does, or the whole run is one). */
    private static int runHead(String run) {
        int best = 0;
        for (String h : RUN_HEADS) {
            int at = run.indexOf(h);
            if (at > 0 && (best == 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private static boolean isLetter(String w) {
        return w.length() == 1 && Character.isLetter(w.charAt(0)) && !w.equals("x");
    }

    private static String joined(List<Token> in, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(in.get(k).text());
        }
        return sb.toString();
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** The number of the words before an ordinal, or null: "fourth and" (of "fourth and fifth") is none. */
    private static Number headNumber(String words) {
        try {
            return NumberNormalizer.wordToNumber(words);
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
