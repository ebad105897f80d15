package org.rehabscribe.extract;

import java.util.List;

/**
 * A block of time said once and then in parts: "Gait and balance, forty minutes for the two
 * together. About twenty-five of that was gait", "thirty-five minutes in the bars, and I'd split
 * that about twenty minutes of strengthening ... and the rest was balance", "twenty-four minutes
 * total: the first ten were traction". The block counts through its parts, and "the rest" takes
 * what the parts leave of it. Stateless.
 */
final class SplitTimes {
    private SplitTimes() {}

    /**
     * "Gait and balance, forty minutes for the two together. About twenty-five of that was gait":
     * a time whose parts are said next is the sum of them, counted through its parts.
     */
    static boolean isSplitTotal(List<Token> tok, Layout layout, List<Activity> acts, List<TimeSaid> found, TimeSaid f) {
        TimeSaid next = found.stream().filter(g -> g.from() >= f.to()).findFirst().orElse(null);
        if (next == null || next.minutes() >= f.minutes() || layout.sentence(next.from()) - layout.sentence(f.from()) > 1
                || next.from() > 0 && Regex.matches(tok.get(next.from() - 1).text(), "another|more|additional|extra")) {
            return false; // "then the bike, another eight minutes of that": more of the same, not a part
        }
        if (splitSaid(tok, layout, f, next)) {
            return true; // "thirty-five minutes in the bars, and I'd split that about twenty minutes of strengthening"
        }
        int k = next.to();
        if (k < tok.size() && Regex.matches(tok.get(k).text(), "minutes?|mins?")) {
            k++;
        }
        return k + 2 < tok.size() && tok.get(k).text().equals("of") && Regex.matches(tok.get(k + 1).text(), "that|it|this|those|them")
                && !Regex.matches(tok.get(k + 2).text(), "at|with|today|again|too|as")
                && !(Regex.matches(tok.get(k + 2).text(), "[.;]") && namedBefore(tok, layout, next) && itemTime(layout, acts, f));
    }

    /** "Morning ADL session, ..., that was twenty two minutes": a time said of an item its sentence names (not a visit's length). */
    private static boolean itemTime(Layout layout, List<Activity> acts, TimeSaid f) {
        return acts.stream().anyMatch(a -> a.live && a.kind() != Term.Kind.OTHER && a.kind() != Term.Kind.MEASURE
                && a.mention.to() <= f.from() && layout.sameSentence(a.mention.from(), f.from()));
    }

    /**
     * "Toilet transfers with the grab bar, contact guard, did about nine minutes of that.": the
     * sentence names what it did before its time, and "of that" ends it, so "that" is what it named.
     */
    private static boolean namedBefore(List<Token> tok, Layout layout, TimeSaid part) {
        return !Regex.allTokens(tok, layout.sentenceStart(part.from()), part.from(), "uh|um|,|and|so|about|maybe|around|roughly|approximately|like|then|i|'d|would|say|another|just|over|under");
    }

    /** The first part said of a split time ("twenty-four minutes total: the first ten were traction"). */
    static boolean isPart(List<Token> tok, Layout layout, List<TimeSaid> found, TimeSaid g) {
        TimeSaid before = null;
        for (TimeSaid f : found) {
            if (f.to() <= g.from()) {
                before = f;
            }
        }
        return before != null && before.minutes() > g.minutes() && splitSaid(tok, layout, before, g);
    }

    /** "I'd split that ...", "divided into ...": between a time and the next, in its sentence. */
    private static boolean splitSaid(List<Token> tok, Layout layout, TimeSaid f, TimeSaid next) {
        // "twenty-four minutes total: the first ten were traction, and the rest was manual"
        boolean firstPart = next.from() > 0 && tok.get(next.from() - 1).text().equals("first")
                && Regex.anyToken(tok, f.to(), next.from(), ":");
        // "Next 20 minutes: posterior glides ..., that part was 14 min"
        boolean thatPart = next.from() >= 3 && Regex.matches(tok.get(next.from() - 3).text() + " " + tok.get(next.from() - 2).text()
                + " " + tok.get(next.from() - 1).text(), "(?:that|this) part (?:was|is)");
        // "forty-five minutes, of which twenty-five minutes were ...": the parts follow
        boolean ofWhich = false;
        // "fifty-five minutes in total: thirty minutes of ..., fifteen minutes of ...": a total, a colon, its parts
        boolean totalColon = false;
        for (int k = f.to(); k < next.from(); k++) {
            ofWhich |= k > 0 && tok.get(k).text().equals("which") && tok.get(k - 1).text().equals("of");
            totalColon |= tok.get(k).text().equals(":") && Regex.anyToken(tok, f.to(), k, "total|altogether|overall");
        }
        // "that block was forty minutes total, about twenty-five of it gait training": a part of it
        int k = next.to();
        if (k < tok.size() && Regex.matches(tok.get(k).text(), "minutes?|mins?")) {
            k++;
        }
        boolean ofIt = k + 1 < tok.size() && tok.get(k).text().equals("of") && Regex.matches(tok.get(k + 1).text(), "it|that|this|those");
        return layout.sameSentence(f.from(), next.from()) && (firstPart || thatPart || ofWhich || totalColon || ofIt
                || Regex.anyToken(tok, f.to(), next.from(), "split|splitting|divided|dividing|broke|broken|breaking")
                || together(tok, f, next));
    }

    /** "the first half hour was gait and balance together, I'd say eighteen minutes of ...": two said as one block. */
    private static boolean together(List<Token> tok, TimeSaid f, TimeSaid next) {
        for (int k = f.to(); k < next.from(); k++) {
            if (Regex.matches(tok.get(k).text(), "together|combined") && !Regex.anyToken(tok, k, next.from(), "\\.|;|then")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "..., I'd split that about twenty minutes of strengthening ..., and the rest was balance";
     * "about forty minutes total. Twelve of that was the NMES ... And the rest was exercises": the
     * activity after "the rest" takes what the parts said before it leave of a split time, in its
     * sentence or (for "N of that") in the next few.
     */
    static void giveTheRest(NormalizedText nt, Layout layout, List<Activity> acts, List<TimeSaid> found) {
        List<Token> tok = nt.tokens();
        for (TimeSaid f : found) {
            TimeSaid next = found.stream().filter(g -> g.from() >= f.to()).findFirst().orElse(null);
            if (next == null || next.minutes() >= f.minutes()) {
                continue;
            }
            boolean split = splitSaid(tok, layout, f, next);
            if (!split && !isSplitTotal(tok, layout, acts, found, f)) {
                continue;
            }
            int lastSentence = layout.sentence(f.from()) + (split ? 0 : 3);
            for (int k = next.to(); k + 1 < tok.size() && layout.sentence(k) <= lastSentence; k++) {
                if (!(tok.get(k).text().equals("the") && Regex.matches(tok.get(k + 1).text(), "rest|remainder|remaining|other"))) {
                    continue;
                }
                int at = k;
                int parts = found.stream().filter(g -> g.from() >= f.to() && g.from() < at).mapToInt(TimeSaid::minutes).sum();
                int from = k + 2;
                Activity rest = acts.stream().filter(a -> a.live && a.minutes == null && a.mention.from() >= from
                        && layout.sameSentence(a.mention.from(), at)).findFirst().orElse(null);
                boolean ownTime = rest != null && found.stream().anyMatch(g -> g.from() >= at && g.from() < rest.mention.to());
                if (rest != null && f.minutes() - parts > 0 && !ownTime) { // "the other fifteen was balance" says its own
                    rest.minutes = f.minutes() - parts;
                    rest.ownMinutes = true;
                    rest.evidence.add(nt.spanOfTokens(f.from(), f.to()));
                    rest.evidence.add(nt.spanOfTokens(k, k + 2));
                }
                break;
            }
        }
    }
}
