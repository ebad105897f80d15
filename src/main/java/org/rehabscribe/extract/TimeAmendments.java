package org.rehabscribe.extract;

import java.util.List;

/**
 * Times said again to correct them, after the activity already took one: "Hold on, the US was
 * actually 7", "wait, the transfers, I think it was closer to twelve", "... and it was eight not
 * six", "so really ten minutes of actual work". Each method says whether the time it is given
 * corrects an earlier one, and if so puts it in place (the activities are the caller's working
 * state). Corrections in one breath ("fifteen, no, twelve") are {@link Corrections}'. Stateless.
 */
final class TimeAmendments {
    private TimeAmendments() {}

    /** Words that make a sentence naming an earlier activity and a time a correction of that time. */
    static final String AMENDS = "actually|correct|correction|changing|change|make|wait|closer|really|instead|fix|mixing|mean|sorry";

    /**
     * "Hold on, the US was actually 7", "So basically, wait, the transfers, I think it was closer
     * to twelve", "For Jacob the simulation was twelve and the exercise was twenty": a later
     * sentence that names an activity already timed, with a word of correction, replaces its time.
     */
    static boolean restated(NormalizedText nt, Layout layout, List<Activity> acts, TimeSaid f, Activity lastTarget,
                            TimeSaid lastSaid) {
        List<Token> tok = nt.tokens();
        int start = layout.sentenceStart(f.from());
        // "Wait, no, I'm mixing him up with my two o'clock. For Jacob the simulation was twelve": said in a sentence before
        int before = start > 0 ? layout.sentenceStart(start - 1) : start;
        boolean amendsBefore = before < start && amends(tok, before, start) && !MinutesReader.timeBetween(tok, before, start)
                && acts.stream().noneMatch(a -> a.mention.from() >= before && a.mention.to() <= start && a.kind() != Term.Kind.OTHER);
        if (!amends(tok, start, f.from()) && !amendsBefore) {
            return false;
        }
        Activity named = null;
        for (Activity a : acts) {
            if (a.mention.from() >= start && a.mention.to() <= f.from() && a.kind() != Term.Kind.OTHER
                    && !MinutesReader.timeBetween(tok, a.mention.to(), f.from())) {
                named = a;
            }
        }
        if (named == null) {
            // "For Jacob the simulation was twelve": an earlier activity named by its last word
            Activity headed = null;
            for (Activity a : acts) {
                String head = tok.get(a.mention.to() - 1).text();
                if (a.live && a.minutes != null && a.mention.to() <= start && a.mention.to() - a.mention.from() > 1
                        && Regex.anyToken(tok, start, f.from(), java.util.regex.Pattern.quote(head))) {
                    headed = a;
                }
            }
            if (headed != null && !MinutesReader.timeBetween(tok, start, f.from())) {
                headed.minutes = f.minutes();
                headed.evidence.add(nt.spanOfTokens(f.from(), f.to()));
                return true;
            }
            // "..., twelve minutes. Well, she took a break in the middle, so really ten minutes of actual work.": the time
            // just said, said again
            boolean plain = acts.stream().noneMatch(a -> layout.sameSentence(a.mention.from(), f.from()) && a.kind() != Term.Kind.OTHER);
            if (plain && lastTarget != null && lastSaid != null && layout.sentence(lastSaid.from()) == layout.sentence(f.from()) - 1
                    && f.minutes() < lastSaid.minutes() && lastTarget.minutes != null && lastTarget.minutes >= lastSaid.minutes()
                    && Regex.anyToken(tok, start, f.from(), "really|actually|so")) {
                lastTarget.minutes -= lastSaid.minutes() - f.minutes();
                lastTarget.evidence.add(nt.spanOfTokens(f.from(), f.to()));
                return true;
            }
            return false;
        }
        Activity timed = null;
        for (Activity a : acts) {
            if (a != named && a.live && a.minutes != null && a.mention.to() <= start && sameThing(a, named)) {
                timed = a;
            }
        }
        if (timed == null) {
            return false;
        }
        // the sentence speaks only of that activity since its last time ("Neuro re-ed ..., dead bugs 3x10 and, no wait, ...,
        // so just the dead bugs, 8 minutes" is a new activity's time, not the ther ex's dead bugs corrected)
        int from = start;
        for (int k = start; k + 1 < f.from(); k++) {
            if (tok.get(k).isNumber() && Regex.matches(tok.get(k + 1).text(), "minutes?|mins?|min|'|and|,|\\.")) {
                from = k + 1;
            }
        }
        for (Activity a : acts) {
            // (equipment named in passing does not count: "weight, change the self care to twenty three", "wait" heard so)
            if (a.mention.from() >= from && a.mention.to() <= f.from() && a.kind() != Term.Kind.OTHER && !sameThing(a, timed)
                    && !a.mention.term().weak()) {
                return false;
            }
        }
        timed.minutes = f.minutes();
        timed.evidence.add(nt.spanOfTokens(f.from(), f.to()));
        named.live = false;
        return true;
    }

    /** A word of correction between two tokens ("actually" only as "actually was", "actually 7", not "he actually made"). */
    static boolean amends(List<Token> tok, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tok.get(k).text();
            String next = k + 1 < tok.size() ? tok.get(k + 1).text() : "";
            if (Regex.matches(w, "change|make|fix")) {
                // a verb of correction ("change the self-care to", "make that twelve"), not a noun ("during the gown change")
                if (Regex.matches(next, "the|that|it|his|her|to|this|my") && !(k > 0 && Regex.matches(tok.get(k - 1).text(), "the|a|an"))) {
                    return true;
                }
                continue;
            }
            if (w.equals("actually") ? k + 1 < tok.size() && (tok.get(k + 1).isNumber()
                    || Regex.matches(next, "was|is|were|it|more|closer|that|,"))
                    : Regex.matches(w, AMENDS)) {
                return true;
            }
        }
        return false;
    }

    /** Two names of one activity: the same code, or both electrical stimulation. */
    static boolean sameThing(Activity a, Activity b) {
        String x = a.mention.term().target();
        String y = b.mention.term().target();
        return x.equals(y) || x.matches("97014|97032") && y.matches("97014|97032");
    }

    /**
     * "Oh and the manual was twelve, not ten", "Correction, the neuro re-ed was twenty-three
     * minutes, not twenty": a time said with the value it replaces ("not N") corrects the
     * time given before to the activity of the same code named in its sentence. The naming
     * there is a reference, not another activity.
     */
    static boolean lateCorrection(NormalizedText nt, Layout layout, List<Activity> acts, TimeSaid f) {
        List<Token> tok = nt.tokens();
        int k = f.to();
        while (k < tok.size() && Regex.matches(tok.get(k).text(), ",|minutes?|mins?|min")) {
            k++;
        }
        if (k + 1 >= tok.size() || !tok.get(k).text().equals("not") || !tok.get(k + 1).isNumber()) {
            return false;
        }
        double replaced = tok.get(k + 1).number();
        // "actually the bike came first, before the ice, and it was eight not six": whichever name in the sentence
        // was timed so before
        for (Activity named : acts) {
            if (named.mention.to() > f.from() || !layout.sameSentence(named.mention.from(), f.from())
                    || named.kind() == Term.Kind.OTHER) {
                continue;
            }
            for (Activity a : acts) {
                if (a != named && a.live && a.minutes != null && a.minutes == replaced && a.mention.from() < named.mention.from()
                        && sameThing(a, named)) {
                    a.minutes = f.minutes();
                    a.evidence.add(nt.spanOfTokens(f.from(), k + 2));
                    named.live = false;
                    return true;
                }
            }
        }
        return false;
    }
}
