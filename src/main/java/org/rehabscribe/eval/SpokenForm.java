package org.rehabscribe.eval;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehabscribe.speech.WordErrorRate;

/**
 * Words as a speech recogniser would write them, for comparing a typed dictation with a
 * transcript: numerals become words ("14.6" is "fourteen point six", "108" is "one hundred
 * eight", "2nd" is "second", "3x10" is "three x ten", "45%" is "forty five percent"), then
 * {@link WordErrorRate#normalise} applies (lower case, punctuation to spaces). Gold dictations
 * are typed with numerals while the recogniser only ever writes words; without this every
 * number would count as an error that the audio chain did not make. Stateless.
 */
public final class SpokenForm {
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?<=\\d),(?=\\d{3}\\b)");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,9})(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECIMAL = Pattern.compile("(\\d{1,9})?\\.(\\d+)");
    private static final Pattern DIGIT_LETTER = Pattern.compile("(?<=\\d)(?=\\p{L})|(?<=\\p{L})(?=\\d)");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");

    private SpokenForm() {}

    /** The normalised words of {@code text} with numerals spelt out. */
    public static List<String> words(String text) {
        return WordErrorRate.normalise(spell(text));
    }

    /** {@code text} with numerals spelt out, punctuation otherwise untouched. */
    public static String spell(String text) {
        String s = THOUSANDS_COMMA.matcher(text).replaceAll("");
        s = replace(ORDINAL, s, m -> " " + ordinal(Long.parseLong(m.group(1))) + " ");
        s = replace(DECIMAL, s, m -> " " + (m.group(1) == null ? "" : cardinal(Long.parseLong(m.group(1))))
                + " point " + digits(m.group(2)) + " ");
        s = s.replace("%", " percent ");
        s = DIGIT_LETTER.matcher(s).replaceAll(" ");
        s = replace(INTEGER, s, m -> " " + cardinal(Long.parseLong(m.group())) + " ");
        return s;
    }

    /** American cardinal, without "and": 108 is "one hundred eight". */
    static String cardinal(long n) {
        if (n < 20) {
            return SMALL[(int) n];
        }
        if (n < 100) {
            return TENS[(int) (n / 10)] + (n % 10 == 0 ? "" : " " + SMALL[(int) (n % 10)]);
        }
        if (n < 1000) {
            return SMALL[(int) (n / 100)] + " hundred" + (n % 100 == 0 ? "" : " " + cardinal(n % 100));
        }
        if (n < 1_000_000) {
            return cardinal(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : " " + cardinal(n % 1000));
        }
        return cardinal(n / 1_000_000) + " million" + (n % 1_000_000 == 0 ? "" : " " + cardinal(n % 1_000_000));
    }

    static String ordinal(long n) {
        String c = cardinal(n);
        int cut = c.lastIndexOf(' ') + 1;
        String last = c.substring(cut);
        String ord = switch (last) {
            case "one" -> "first";
            case "two" -> "second";
            case "three" -> "third";
            case "five" -> "fifth";
            case "eight" -> "eighth";
            case "nine" -> "ninth";
            case "twelve" -> "twelfth";
            default -> last.endsWith("y") ? last.substring(0, last.length() - 1) + "ieth" : last + "th";
        };
        return c.substring(0, cut) + ord;
    }

    private static String digits(String ds) {
        StringBuilder b = new StringBuilder();
        for (char d : ds.toCharArray()) {
            b.append(b.length() == 0 ? "" : " ").append(SMALL[d - '0']);
        }
        return b.toString();
    }

    private static String replace(Pattern p, String s, Function<MatchResult, String> f) {
        return p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(f.apply(m)));
    }
}
