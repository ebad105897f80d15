package org.rehabscribe.extract;

import java.util.List;

/**
 * Sentences that say a time without naming what it was spent on, and so point elsewhere: back
 * ("That was 24 minutes", "same thing on the left side, another six"), to the sentence before
 * ("Twelve minutes.", "Minutes: twenty.") or ahead ("we spent twenty minutes in the kitchen. She
 * made tea..."). {@link MinutesReader} decides where the time goes; these only recognise the
 * shapes. Stateless.
 */
final class TimeSentences {
    private static final PhraseSet GOAL_STARTS = PhraseSet.ofLines("/org/rehabscribe/extract/goal-sentence-starts.txt");

    private TimeSentences() {}

    /**
     * "The reason for all that is her freezing at doorways.", "That's so he can get up off the
     * floor.": the sentence that opens at {@code start} only says why the one before was done.
     */
    static boolean goalSentence(List<Token> tok, int start) {
        int k = start;
        while (k < tok.size() && Regex.matches(tok.get(k).text(), "and|um|uh|okay|,|yeah|now|well|so")) {
            k++;
        }
        return k < tok.size() && GOAL_STARTS.at(tok, k) != null;
    }

    /**
     * "Twenty-one minutes on that.", "Fifteen for all of that.": a sentence that is its time
     * and a word pointing back.
     */
    static boolean timeOnThat(List<Token> tok, Layout layout, int from, int to) {
        int start = layout.sentenceStart(from);
        while (start < from && Regex.matches(tok.get(start).text(), "and|so|um|uh|okay|,|then|about|around|maybe|like|roughly")) {
            start++;
        }
        if (start != from) {
            return false;
        }
        int k = to;
        if (k < tok.size() && Regex.matches(tok.get(k).text(), "minutes?|mins?|min")) {
            k++;
        }
        if (k >= tok.size() || !Regex.matches(tok.get(k).text(), "on|for|with|doing")) {
            return false;
        }
        k++;
        if (k + 1 < tok.size() && tok.get(k).text().equals("all") && tok.get(k + 1).text().equals("of")) {
            k += 2;
        } else if (k < tok.size() && tok.get(k).text().equals("all")) {
            k++;
        }
        if (k >= tok.size() || !Regex.matches(tok.get(k).text(), "that|this|those|these|it|them")) {
            return false;
        }
        k++;
        return k >= tok.size() || Regex.matches(tok.get(k).text(), "\\.|;|\\*nl\\*|!|\\?");
    }

    /** "That was 24 minutes", "All of that took 20": a sentence that opens by pointing back. */
    static boolean opensWithAnaphor(List<Token> tok, Layout layout, int at) {
        int start = layout.sentenceStart(at);
        while (start < at && Regex.matches(tok.get(start).text(), "and|so|um|uh|okay|,|yeah|then|wait|sorry|actually|oh")) {
            start++;
        }
        return at - start <= 6 && start < at && Regex.matches(tok.get(start).text(), "that|this|all|which|it|those|these|altogether");
    }

    /**
     * "... while she prepped lunch. That was about twenty.": a sentence that only says how long
     * "that" took, its number closing it, is a time even without "minutes".
     */
    static boolean anaphorTimeSentence(List<Token> tok, Layout layout, int from, int to) {
        if (!opensWithAnaphor(tok, layout, from)) {
            return false;
        }
        int k = layout.sentenceStart(from);
        while (k < from && !Regex.matches(tok.get(k).text(), "that|this|all|which|it|those|these|altogether")) {
            k++;
        }
        for (k++; k < from; k++) {
            if (!Regex.matches(tok.get(k).text(), "was|is|'s|took|lasted|about|around|roughly|approximately|maybe|like|"
                    + "probably|a|good|solid|total|of|in|all|,|um|uh|just|under|over|nearly|almost|close|to|closer")) {
                return false;
            }
        }
        return timeCloses(tok, to);
    }

    private static boolean timeCloses(List<Token> tok, int to) {
        int k = to;
        if (k < tok.size() && Regex.matches(tok.get(k).text(), "minutes?|mins?|min")) {
            k++;
        }
        return k >= tok.size() || Regex.matches(tok.get(k).text(), "\\.|;|\\*nl\\*|,");
    }

    /**
     * "...; same thing on the left side, another six", "Then we did that again with the heavier
     * crate for another five": the sentence repeats what was done last, naming nothing new.
     */
    static boolean repeatsLast(List<Token> tok, Layout layout, List<Activity> acts, int at) {
        int start = layout.sentenceStart(at);
        if (acts.stream().anyMatch(a -> a.live && a.mention.from() >= start && a.mention.to() <= at)) {
            return false;
        }
        StringBuilder opening = new StringBuilder();
        for (int k = start; k < at; k++) {
            opening.append(tok.get(k).text()).append(' ');
        }
        return Regex.matches(opening.toString(), "(?:(?:and|so|then|um|uh|,) )*(?:the )?same (?:thing|again|exercise|drill|on)\\b.*"
                + "|(?:(?:and|so|then|um|uh|,) )*(?:we |she |he |they )?(?:did|repeated|went through) (?:that|it|those|them|the same)(?: one)? again\\b.*");
    }

    /** A sentence that says time was spent, naming nothing it was spent on. */
    static boolean spentBeforeSaying(List<Token> tok, Layout layout, List<Activity> acts, int at) {
        int start = layout.sentenceStart(at);
        return Regex.anyToken(tok, start, at, "spent|spend|spending")
                && acts.stream().noneMatch(a -> a.kind() != Term.Kind.OTHER && layout.sameSentence(a.mention.from(), at));
    }

    /** "Next twenty minutes.", "The next fifteen minutes:": a sentence naming nothing that opens a block of time. */
    static boolean nextBlockOpens(List<Token> tok, Layout layout, List<Activity> acts, int at) {
        int start = layout.sentenceStart(at);
        int k = start;
        while (k < at && Regex.matches(tok.get(k).text(), "then|and|so|for|the|um|uh|,")) {
            k++;
        }
        return k < at && tok.get(k).text().equals("next") && at - k <= 2
                && acts.stream().noneMatch(a -> a.kind() != Term.Kind.OTHER && layout.sameSentence(a.mention.from(), at));
    }

    /** Whether the sentence after the one at {@code at} times its own parts ("... that part was fourteen min"). */
    static boolean nextSentenceTimed(List<Token> tok, Layout layout, int at) {
        int next = at;
        while (next < tok.size() && layout.sameSentence(next, at)) {
            next++;
        }
        for (int j = next; j + 1 < tok.size() && layout.sameSentence(j, next); j++) {
            if (tok.get(j).isNumber() && Regex.matches(tok.get(j + 1).text(), "minutes?|mins?|min|'")) {
                return true;
            }
        }
        return false;
    }

    /** "Twelve minutes.", "Minutes: twenty.", "Time, nine.": a sentence of only the time. */
    static boolean timeOnlySentence(List<Token> tok, Layout layout, int from, int to) {
        int start = layout.sentenceStart(from);
        for (int k = start; k < from; k++) {
            if (!Regex.matches(tok.get(k).text(), "minutes|mins|min|time|total|:|,|about|approximately|roughly|um|uh")) {
                return false;
            }
        }
        return timeCloses(tok, to);
    }

    /** "P. Cont ninety min/day": the time is in the plan, or the sentence before it is the plan's heading. */
    static boolean afterPlanHeading(List<Token> tok, Layout layout, int at) {
        int start = layout.sentenceStart(at);
        if (Regex.matches(tok.get(start).text(), "p|plan|cont|continue|goals?")) {
            return true;
        }
        return start >= 2 && Regex.matches(tok.get(start - 2).text(), "p|plan") && Regex.matches(tok.get(start - 1).text(), "\\.|:")
                && (start == 2 || Regex.matches(tok.get(start - 3).text(), "\\.|:|\\*nl\\*"));
    }

    /** The activity is what its sentence opens with ("Then gait through the house ..."). */
    static boolean headsSentence(List<Token> tok, Layout layout, Activity a) {
        for (int k = layout.sentenceStart(a.mention.from()); k < a.mention.from(); k++) {
            if (!Regex.matches(tok.get(k).text(), "then|and|next|so|after|that|we|did|i|,|um|uh|okay|ok|lastly|finally|first|all|right|alright")) {
                return false;
            }
        }
        return true;
    }
}
