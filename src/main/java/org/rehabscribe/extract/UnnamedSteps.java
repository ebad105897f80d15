package org.rehabscribe.extract;

import java.util.List;
import java.util.Set;

/**
 * A step of the session told only by what it was for, with its own time: "then we worked on
 * her motor control and posture, nine minutes", or from speech, where the exercise's name was
 * lost, "then gave netflix or training ... for motor control and posture. nine minutes." The
 * goal words name the code and are its evidence; without them the time would run into the
 * activity before. Only a sentence that opens as the next step of the session, names no
 * activity, measure, rest or plan, and states one goal. Stateless; thread-safe.
 */
final class UnnamedSteps {
    /** Codes a goal alone may stand for: the timed procedures whose goal is what tells them apart. */
    private static final Set<String> CODES = Set.of("97110", "97112", "97116", "97530", "97535");
    private static final String NEXT_STEP = "then|next|afterwards|after|first";
    private static final String STARTED = "started|began|warmed";
    private static final String FILLER = "and|so|um|uh|okay|ok|,";
    private static final String NOT_TREATMENT = "rest|rested|resting|break|breaks|not|n't|no|held|deferred|skipped|will|"
            + "plan|planned|goal|goals|going|wanted|want|next|home|hep|total|visit|session|test|tested|measure|score";

    private final PhraseSet goals;

    UnnamedSteps(PhraseSet goals) {
        this.goals = goals;
    }

    /** Adds an activity, in token order, for each such sentence of {@code tok}. */
    void add(List<Token> tok, Layout layout, List<Activity> acts, List<Mention> measures) {
        int start = 0;
        while (start < tok.size()) {
            int end = start;
            while (end < tok.size() && layout.sameSentence(start, end)) {
                end++;
            }
            Activity step = step(tok, layout, start, end, acts, measures);
            if (step != null) {
                int at = 0;
                while (at < acts.size() && acts.get(at).mention.from() < step.mention.from()) {
                    at++;
                }
                acts.add(at, step);
            }
            start = end;
        }
    }

    private Activity step(List<Token> tok, Layout layout, int start, int end, List<Activity> acts, List<Mention> measures) {
        int first = start;
        while (first < end && Regex.matches(tok.get(first).text(), FILLER)) {
            first++;
        }
        // "then ...", or "we started him on ..." where the name of what he started on was lost (a word or two
        // may come first: "um" is heard "dumb")
        for (int k = first; k < Math.min(end, first + 3); k++) {
            if (Regex.matches(tok.get(k).text(), STARTED) && k > start && Regex.matches(tok.get(k - 1).text(), "we|i")) {
                first = k;
                break;
            }
        }
        // "so she did the <lost name> first for endurance, ten minutes"
        for (int k = first + 1; k < Math.min(end - 1, first + 6); k++) {
            if (tok.get(k).text().equals("first") && Regex.anyToken(tok, first, k, "did|do|does|started")) {
                first = k;
                break;
            }
        }
        if (first + 2 >= end || !Regex.matches(tok.get(first).text(), NEXT_STEP + "|" + STARTED)
                || tok.get(first).text().equals("after") && !(first + 1 < end && tok.get(first + 1).text().equals("that"))
                || Regex.anyToken(tok, first + 1, end, NOT_TREATMENT)
                || acts.stream().anyMatch(a -> a.mention.from() >= start && a.mention.from() < end)
                || measures.stream().anyMatch(m -> m.from() >= start && m.from() < end)
                || DoneToday.planSentence(tok, layout, start)) {
            return null;
        }
        // its time in the sentence, or alone in the next one ("... for posture. nine minutes.")
        boolean timed = minutesIn(tok, start, end);
        if (!timed && end < tok.size()) {
            int next = end;
            while (next < tok.size() && layout.sameSentence(end, next)) {
                next++;
            }
            timed = next - end <= 4 && minutesIn(tok, end, next);
        }
        if (!timed) {
            return null;
        }
        List<PhraseSet.Hit> hits = goals.find(tok.subList(start, end)).stream().filter(h -> CODES.contains(h.tag())).toList();
        if (hits.stream().map(PhraseSet.Hit::tag).distinct().count() != 1) {
            return null; // no goal, or goals of two codes: nothing says which the time was for
        }
        PhraseSet.Hit goal = null;
        for (PhraseSet.Hit h : hits) {
            int from = start + h.from();
            if (Regex.anyToken(tok, Math.max(start, from - 3), from, "for|on|improve|improving")) {
                goal = new PhraseSet.Hit(h.phrase(), h.tag(), from, start + h.to());
                break;
            }
        }
        if (goal == null) {
            return null;
        }
        return new Activity(new Mention(new Term(goal.phrase(), Term.Kind.ACTIVITY, goal.tag(), false, false, null), goal.from(), goal.to()));
    }

    private static boolean minutesIn(List<Token> tok, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (tok.get(k).isNumber() && Regex.matches(tok.get(k + 1).text(), "minutes?|mins?|min")) {
                return true;
            }
        }
        return false;
    }
}
