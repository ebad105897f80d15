package org.rehabscribe.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Which named activities were done in this session. A dictation names more than it did:
 * activities not done ("held off on gait training", "paraffin held - incision open"), planned
 * ("next visit we'll add stairs", "Plan: ..."), aimed at ("Goals: ..."), done before or
 * elsewhere ("she had ultrasound at her previous clinic", "pt reports walking daily"),
 * named as the purpose or object of another ("theraband for dressing", "gait twice as long
 * as the e-stim"), or only the head noun of another name ("VOR x1 exercise"). Cues come
 * from {@code negation-cues.tsv} and {@code purpose-cues.txt}. Stateless; thread-safe.
 */
final class DoneToday {
    private static final java.util.Set<String> ESTIM = java.util.Set.of("97014", "97032", "G0283");
    private final PhraseSet negations;
    private final PhraseSet purposes;

    DoneToday(PhraseSet negations, PhraseSet purposes) {
        this.negations = negations;
        this.purposes = purposes;
    }

    /** What "no" is said of when it reports a finding ("no redness", "no falls"), not a withheld treatment. */
    private static final String FINDINGS = "redness|swelling|edema|complaints?|falls?|changes?|issues?|numbness|tingling|dizziness|signs?"
            + "|rash|fever|sob|distress|bruising|drainage|increase|increased|new|red|flags?|loss|pain|nausea|headaches?|symptoms?";

    /** Marks activities negated, planned for later, or only named as a goal. */
    void markNotDone(List<Token> tok, Layout layout, List<Activity> acts) {
        List<PhraseSet.Hit> before = new ArrayList<>();
        List<PhraseSet.Hit> after = new ArrayList<>();
        for (int i = 0; i < tok.size(); i++) {
            PhraseSet.Hit h = negations.at(tok, i);
            if (h != null && h.phrase().equals("hold") && (tok.get(i).text().equals("holds")
                    || i > 0 && Regex.matches(tok.get(i - 1).text(), "\\d+s?|seconds?|secs?|sec|s|second|isometric|static|end|range"))) {
                continue; // "DNF training 3x10 w/ 10s holds, scap retraction rows": a hold of the exercise, not held off
            }
            if (h != null && (h.tag().equals("before") || h.tag().equals("history") && !timedToday(tok, layout, i))) {
                before.add(h);
            } else if (h != null && h.tag().equals("after")) {
                after.add(h);
            }
        }
        Activity prev = null;
        for (Activity a : acts) {
            Mention m = a.mention;
            boolean negated = false;
            for (PhraseSet.Hit h : before) {
                if (h.to() < m.from() && Regex.matches(h.phrase(), "no|not|without") && Regex.matches(tok.get(h.to()).text(), FINDINGS)) {
                    continue; // "skin intact no redness manual lymph drainage": the finding was negated, not what follows
                }
                // "without pushing through his arms sit to stands": "without" is said of what follows it at once
                // (and a bare "will" of a verb not heard right: "sobotka page will release and up for cervical snags")
                int reach = h.phrase().equals("without") ? 2 : h.phrase().equals("will") ? 3 : 4;
                if (h.to() <= m.from() && m.from() - h.to() <= reach && layout.sameSentence(h.to() - 1, m.from())
                        && !hasBreak(tok, h.to(), m.from()) && !mentionBetween(acts, h.to(), m.from())) {
                    negated = true;
                }
            }
            // "after" cues: the activity just before them ("gait training was deferred")
            for (PhraseSet.Hit h : after) {
                // (not the goal's own words: "sit to stands, for getting up on her own")
                boolean goalsOwn = Regex.matches(h.phrase(), "on (?:his|her|their) own")
                        && Regex.anyToken(tok, m.to(), h.from(), "for|so|can|could");
                if (!goalsOwn && h.from() >= m.to() && h.from() - m.to() <= 9 && layout.sameSentence(m.to() - 1, h.from())
                        && !hasBreak(tok, m.to(), h.from()) && !otherCodeBetween(acts, m, h.from())) {
                    negated = true;
                }
            }
            // typed "Paraffin held - incision not closed", "Mech traction held: sx centralized"
            if (m.to() + 1 < tok.size() && tok.get(m.to()).text().equals("held")
                    && Regex.matches(tok.get(m.to() + 1).text(), "-|–|:|\\(|d/t|due|secondary|today|this|per|until|as|b/c|because")) {
                negated = true;
            }
            // coordination carries negation: "held off on gait and stairs" (not a reference: "after the eval, gait training")
            // but "so she's not reaching overhead, energy conservation the whole way through": a code's name after a
            // bare comma starts the next item
            int prevEnd = prev == null ? 0 : prev.mention.to();
            boolean bareComma = Regex.anyToken(tok, prevEnd, m.from(), ",") && !Regex.anyToken(tok, prevEnd, m.from(), "and|or|nor|/|&");
            if (!negated && prev != null && prev.negated && m.from() - prev.mention.to() <= 2
                    && onlyConjunctions(tok, prev.mention.to(), m.from()) && !(bareComma && m.term().kind() == Term.Kind.CATEGORY)) {
                negated = true;
            }
            negated |= fieldSaysNotDone(tok, layout, m);
            a.negated = negated;
            // "gait on the treadmill, ..., actually that was the bike, not the treadmill": the first naming is withdrawn
            if (negated && m.from() >= 2 && Regex.matches(tok.get(m.from() - 1).text(), "not|the")
                    && Regex.anyToken(tok, Math.max(0, m.from() - 3), m.from(), "not") && Regex.anyToken(tok, Math.max(0, m.from() - 4), m.from(), ",")) {
                String head = tok.get(m.to() - 1).text();
                for (Activity o : acts) {
                    if (o != a && o.mention.to() <= m.from() && layout.sameSentence(o.mention.from(), m.from())
                            && tok.get(o.mention.to() - 1).text().equals(head)) {
                        o.live = false;
                        o.negated = true;
                    }
                }
            }
            // "Take out the stairs, we skipped them", "No wait, we didn't get to the stairs": an earlier naming is withdrawn
            if (negated && withdraws(tok, m)) {
                String head = tok.get(m.to() - 1).text();
                for (Activity o : acts) {
                    // (the same name, or the same last word unless it is one many names end in: "stair training" is no
                    // "gait training")
                    boolean sameName = o.mention.term().phrase().equals(m.term().phrase()) || tok.get(o.mention.to() - 1).text().equals(head)
                            && !Regex.matches(head, "training|trng|exercises?|therapy|work|activities|activity|ed|education|management|stuff|program");
                    if (o != a && o.mention.to() <= m.from() && !layout.sameSentence(o.mention.from(), m.from())
                            && sameName && TimeAmendments.sameThing(o, a)) {
                        o.live = false;
                        o.negated = true;
                    }
                }
            }
            if (negated || isPurpose(tok, m) && !headingNamesTheWork(tok, layout, acts, m) || isFinding(tok, m)
                    || objectOfAnother(tok, layout, acts, m) || deviceOfAnother(tok, layout, acts, m) || placeOfAnother(tok, acts, m)
                    || planSentence(tok, layout, m.from())
                    || comparedWith(tok, m)
                    || whenNamedAgain(tok, layout, acts, m)
                    || (m.term().kind() == Term.Kind.EVAL && isReference(tok, m))) {
                a.live = false;
            }
            prev = a;
        }
        // "Item, manual therapy. Internal myofascial release deferred, patient preferred not today.": a field naming a code,
        // whose content is that code's work not done
        for (Activity a : acts) {
            Mention m = a.mention;
            boolean colonHeading = m.to() < tok.size() && tok.get(m.to()).text().equals(":")
                    && m.from() - layout.sentenceStart(m.from()) <= 3
                    && (m.from() == layout.sentenceStart(m.from()) || Regex.matches(tok.get(m.from() - 1).text(), ",|:"));
            if (a.live && (headingOnly(tok, layout, m) || colonHeading) && nextSaysNotDoneNamingNothing(tok, layout, acts, m.to() + 1)) {
                // "Item, manual therapy. Internal [misheard] release deferred, patient preferred not today."
                a.live = false;
                a.negated = true;
                continue;
            }
            if (a.live && headingOnly(tok, layout, m)) {
                int next = m.to() + 1;
                for (Activity b : acts) {
                    if (b != a && b.negated && layout.sentence(b.mention.from()) == layout.sentence(next)
                            && b.mention.term().target().equals(m.term().target())) {
                        a.live = false;
                        a.negated = true;
                    }
                }
            }
        }
    }

    /** The sentence from {@code next} says something was not done and names no activity of its own. */
    private static boolean nextSaysNotDoneNamingNothing(List<Token> tok, Layout layout, List<Activity> acts, int next) {
        if (next >= tok.size()) {
            return false;
        }
        int end = next;
        StringBuilder sentence = new StringBuilder();
        while (end < tok.size() && layout.sameSentence(end, next)) {
            sentence.append(tok.get(end).text()).append(' ');
            end++;
        }
        int to = end;
        return Regex.matches(sentence.toString(), "(?:.* )?(?:deferred|declined|not addressed|not done|not performed|held off|"
                + "not today|skipped|did n't get to|didn't get to)\\b.*")
                && acts.stream().noneMatch(o -> o.mention.from() >= next && o.mention.from() < to && !o.negated
                && o.kind() != Term.Kind.OTHER);
    }

    /** What a field may say of its activity when it was not done. */
    private static final String NOT_DONE = "none|not today|none today|n/a|na|not done|not done today|deferred|held|held today|not addressed|"
            + "skipped|not performed|declined|not tested|not attempted|nothing today";

    /**
     * A template's field said aloud with nothing done: "Neuro re-ed: not today.", "Manual: none
     * today.", or the code as a field of its own and "Not addressed, deferred to next visit." next.
     */
    private static boolean fieldSaysNotDone(List<Token> tok, Layout layout, Mention m) {
        int k = m.to();
        if (k < tok.size() && Regex.matches(tok.get(k).text(), ":|,|-")) {
            k++;
        } else if (!headingOnly(tok, layout, m)) {
            return false;
        } else {
            k++; // past the full stop, into the sentence after
        }
        StringBuilder rest = new StringBuilder();
        for (int j = k; j < Math.min(tok.size(), k + 4); j++) {
            rest.append(tok.get(j).text()).append(' ');
        }
        return Regex.matches(rest.toString(), "(?:" + NOT_DONE + ") (?:[.,;]|\\*nl\\*).*|(?:" + NOT_DONE + ") ?");
    }

    /** "Field, therapeutic exercise.": a sentence that is only a label and the code's name. */
    private static boolean headingOnly(List<Token> tok, Layout layout, Mention m) {
        if (m.to() >= tok.size() || !Regex.matches(tok.get(m.to()).text(), "\\.|\\*nl\\*")) {
            return false;
        }
        int start = layout.sentenceStart(m.from());
        return m.from() - start <= 3 && (m.from() == start || Regex.matches(tok.get(m.from() - 1).text(), ",|:"));
    }

    /**
     * "Moist heat before the mobs, ten minutes", "ultrasound ... prior to manual therapy, 8
     * minutes": an activity said elsewhere, named again only to say when another was done.
     */
    private static boolean whenNamedAgain(List<Token> tok, Layout layout, List<Activity> acts, Mention m) {
        int k = m.from() - 1;
        while (k >= 0 && m.from() - k <= 2 && Regex.matches(tok.get(k).text(), "the|her|his|their|to")) {
            k--;
        }
        if (k < 0 || !Regex.matches(tok.get(k).text(), "before|after|prior|following|ahead")) {
            return false;
        }
        String code = m.term().target();
        boolean otherHere = false;
        boolean sameElsewhere = false;
        for (Activity o : acts) {
            Mention n = o.mention;
            if (n == m || n.term().kind() == Term.Kind.OTHER) {
                continue;
            }
            if (layout.sameSentence(n.from(), m.from()) && n.to() <= k && !n.term().target().equals(code)) {
                otherHere = true;
            }
            sameElsewhere |= !layout.sameSentence(n.from(), m.from()) && n.term().target().equals(code);
        }
        return otherHere && sameElsewhere;
    }

    /**
     * "VOR x1 exercise", "gaze stabilization exercises": a generic "exercise" right after an
     * activity is that activity's head noun, not a second (therapeutic exercise) activity.
     */
    static void headNouns(List<Token> tok, List<Activity> acts) {
        // "unattended e-stim, NMES to the wrist extensors": the stimulation named twice is one, as first said
        for (Activity a : acts) {
            for (Activity b : acts) {
                if (a != b && ESTIM.contains(a.mention.term().target()) && ESTIM.contains(b.mention.term().target())
                        && !a.mention.term().target().equals(b.mention.term().target())
                        && b.mention.from() > a.mention.to() && b.mention.from() - a.mention.to() <= 1
                        && (b.mention.from() == a.mention.to() || Regex.matches(tok.get(a.mention.to()).text(), ",|-|\\("))) {
                    b.live = false;
                }
            }
        }
        for (Activity g : acts) {
            // "UE strengthening group (4 pts) 30'": what the group did names the group
            if (g.mention.term().target().equals("97150") && g.mention.to() - g.mention.from() == 1) {
                for (Activity b : acts) {
                    if (b != g && b.mention.to() == g.mention.from() && b.kind() != Term.Kind.OTHER && b.live
                            && !b.mention.term().target().equals("97150")
                            && b.kind() != Term.Kind.MEASURE && b.kind() != Term.Kind.EVAL) {
                        b.live = false;
                        g.actedOn = true;
                    }
                }
            }
        }
        // "step-ups on the bottom stair holding the rail", "mini squats on the BOSU": a piece of equipment named only as
        // where an exercise was done is its place, not an activity of its own (the dosage said next is the exercise's)
        for (Activity b : acts) {
            if (!b.live || !b.mention.term().weak() || b.kind() != Term.Kind.ACTIVITY) {
                continue;
            }
            int k = b.mention.from() - 1;
            while (k >= 0 && b.mention.from() - k <= 2 && Regex.matches(tok.get(k).text(), "the|a|an|bottom|top|first|last|lowest|low|small|big|six|4|6|8")) {
                k--;
            }
            if (k < 1 || !Regex.matches(tok.get(k).text(), "on|onto|off|from|up|down|over|against")) {
                continue;
            }
            int prep = k;
            for (Activity a : acts) {
                if (a != b && a.live && !a.mention.term().weak() && a.kind() == Term.Kind.ACTIVITY
                        && !a.mention.term().target().equals(b.mention.term().target())
                        && a.mention.to() <= prep && prep - a.mention.to() <= 3
                        && tok.subList(a.mention.to(), prep).stream().noneMatch(Token::isPunct)) {
                    b.live = false;
                }
            }
        }
        for (Activity a : acts) {
            Mention m = a.mention;
            if (m.to() - m.from() != 1 || !Regex.matches(tok.get(m.from()).text(), "exercise|exercises|drills?|activities|activity|tasks?")) {
                continue;
            }
            for (Activity b : acts) {
                if (b != a && b.mention.to() == m.from() && b.kind() != Term.Kind.OTHER) {
                    a.live = false;
                    a.evidence.clear();
                }
            }
        }
    }

    /**
     * "He joined our Parkinson's group class with three other patients for thirty minutes of
     * amplitude based exercise": what a group did is the group's (97150), not a code of its own.
     * Applies to a sentence that names a group and the other people in it.
     */
    static void groupContent(List<Token> tok, Layout layout, List<Activity> acts) {
        for (Activity g : acts) {
            if (!g.live || !g.mention.term().target().equals("97150") || !othersPresent(tok, layout, g.mention.from())) {
                continue;
            }
            g.actedOn = true;
            for (Activity a : acts) {
                int from = Math.min(a.mention.to(), g.mention.to());
                int to = Math.max(a.mention.from(), g.mention.from());
                if (a != g && a.live && layout.sameSentence(a.mention.from(), g.mention.from()) && !separated(tok, from, to)
                        && !a.mention.term().target().equals("97150") && a.kind() != Term.Kind.MEASURE && a.kind() != Term.Kind.EVAL) {
                    a.live = false;
                }
            }
        }
    }

    /**
     * "NMES to the quad, Russian, I was right there cueing a quad set with each contraction, 15
     * minutes": what the patient does with each cycle of the stimulation is part of it, not an
     * exercise of its own (nor does it take the stimulation's time).
     */
    static void stimulationContent(List<Token> tok, Layout layout, List<Activity> acts) {
        for (Activity s : acts) {
            if (!s.live || !Regex.matches(s.mention.term().target(), "97032|97014")) {
                continue;
            }
            for (Activity a : acts) {
                if (a != s && a.live && a.mention.from() > s.mention.from() && layout.sameSentence(a.mention.from(), s.mention.from())
                        && (a.kind() == Term.Kind.ACTIVITY || a.kind() == Term.Kind.CATEGORY)
                        && !a.mention.term().target().startsWith("970")
                        && (withEachCycle(tok, layout, a.mention.to()) || pairedWith(tok, a.mention.from())
                            || doneDuring(tok, s.mention.to(), a.mention.from()))) {
                    a.live = false;
                }
            }
        }
    }

    /**
     * "Attended NMES to the left quadriceps during quad sets and short-arc quads, 15 minutes",
     * "NMES quad, attended, w/ quad sets + SAQ": what follows "during" or "with" after the
     * stimulation, before any number, is done under it.
     */
    private static boolean doneDuring(List<Token> tok, int stimEnd, int at) {
        if (at - stimEnd > 10) {
            return false;
        }
        boolean during = false;
        for (int k = stimEnd; k < at; k++) {
            String w = tok.get(k).text();
            if (tok.get(k).isNumber() || Regex.matches(w, "[.;:]|\\*nl\\*|then|and then|followed|after|before")) {
                return false;
            }
            during |= Regex.matches(w, "during|with|w/|w|while|superimposed");
        }
        return during;
    }

    /** "NMES to the wrist extensors, attended, paired with active assisted grasp and release": done with it. */
    private static boolean pairedWith(List<Token> tok, int at) {
        for (int k = at - 1; k >= 1 && at - k <= 5 && !Regex.matches(tok.get(k).text(), "[.,;:]|\\*nl\\*"); k--) {
            if (Regex.matches(tok.get(k - 1).text(), "paired|combined|coupled|timed|synchronized|synced")
                    && Regex.matches(tok.get(k).text(), "with|to")) {
                return true;
            }
        }
        return false;
    }

    /** "with each contraction", "w/ each cycle", "with the stimulation" within a few words of {@code at}. */
    private static boolean withEachCycle(List<Token> tok, Layout layout, int at) {
        for (int k = at; k + 2 < tok.size() && k < at + 5 && layout.sameSentence(at - 1, k + 2); k++) {
            if (Regex.matches(tok.get(k).text(), "with|w|during|on") && Regex.matches(tok.get(k + 1).text(), "each|every|the")
                    && Regex.matches(tok.get(k + 2).text(), "contractions?|cycles?|stim|stimulation")) {
                return true;
            }
        }
        return false;
    }

    /** "... group class with four other patients and then after class I saw him one on one for gait": apart. */
    private static boolean separated(List<Token> tok, int from, int to) {
        return Regex.anyToken(tok, from, to, "then|afterwards|after|before|individual|individually|one|1:1|separately");
    }

    /** "with three other patients", "with four other residents": the sentence has company. */
    private static boolean othersPresent(List<Token> tok, Layout layout, int at) {
        for (int k = layout.sentenceStart(at); k + 1 < tok.size() && layout.sameSentence(k, at); k++) {
            if (tok.get(k).text().equals("other") && Regex.matches(tok.get(k + 1).text(),
                    "patients?|residents?|clients?|people|kids|children|members|participants|veterans|adults")) {
                return true;
            }
            // "five residents", "(4 pts)": a count of people
            if (tok.get(k).isNumber() && tok.get(k).number() >= 2 && Regex.matches(tok.get(k + 1).text(),
                    "patients|residents|clients|pts|participants|members|veterans|kids|children")) {
                return true;
            }
        }
        return false;
    }

    /** "gait training twice as long as the e-stim": what another activity is measured against, already counted. */
    private static boolean comparedWith(List<Token> tok, Mention m) {
        int k = m.from() - 1;
        if (k >= 0 && Regex.matches(tok.get(k).text(), "the|that|those")) {
            k--;
        }
        return k >= 1 && Regex.matches(tok.get(k - 1).text() + " " + tok.get(k).text(), "long as|much as|same as|longer than|shorter than|more than|less than");
    }

    /** The sentence of token {@code at} gives a time or says "today": it tells of this session. */
    private static boolean timedToday(List<Token> tok, Layout layout, int at) {
        for (int k = layout.sentenceStart(at); k < tok.size() && layout.sameSentence(k, at); k++) {
            // "walking > 10 min", "more than 10 minutes": a tolerance, not time today
            boolean bound = k >= 2 && Regex.matches(tok.get(k - 2).text(), ">|<|than|over|under");
            if (Regex.matches(tok.get(k).text(), "minutes?|mins?|min|today|'") && !bound) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBreak(List<Token> tok, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tok.get(k).text();
            if (w.equals(".") || w.equals(";") || w.equals("but") || w.equals("*nl*") || w.equals(":")) {
                return true;
            }
        }
        return false;
    }

    /** "pressure relief training with tilt in space is not for today": what stands between is the same code's. */
    private static boolean otherCodeBetween(List<Activity> acts, Mention m, int to) {
        for (Activity a : acts) {
            // (a weak name under a strong one is part of its phrase: "functional electrical stimulation to the ... for a full
            // exercise was planned but deferred")
            boolean partOf = a.mention.term().weak() && !m.term().weak() && m.term().kind() == Term.Kind.CATEGORY;
            if (a.mention.from() >= m.to() && a.mention.from() < to && !a.mention.term().target().equals(m.term().target()) && !partOf) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionBetween(List<Activity> acts, int from, int to) {
        for (Activity a : acts) {
            if (a.mention.from() >= from && a.mention.from() < to) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyConjunctions(List<Token> tok, int from, int to) {
        return Regex.allTokens(tok, from, to, "and|or|nor|,|/|&");
    }

    /**
     * "we walked with the AFOs and her posterior walker": equipment said after "with" an activity of
     * another code is what that activity used, not an activity of its own.
     */
    private static boolean deviceOfAnother(List<Token> tok, Layout layout, List<Activity> acts, Mention m) {
        if (!m.term().weak() || Regex.matches(m.term().target(), "970[0-3]\\d")) {
            return false; // "interferential with ice": a modality of its own
        }
        // "gait with the hemi walker and his left AFO": a "with" a few words back, only other equipment between
        int k = -1;
        for (int j = m.from() - 1; j >= Math.max(0, m.from() - 7); j--) {
            String w = tok.get(j).text();
            if (Regex.matches(w, "with|w/|using|in")) {
                k = j;
                break;
            }
            int at = j;
            boolean activityThere = acts.stream().anyMatch(o -> o.mention.from() <= at && at < o.mention.to()
                    && !o.mention.term().weak() && o.mention.term().kind() != Term.Kind.OTHER);
            if (activityThere || Regex.matches(w, "[.;:!?]|\\*nl\\*")) {
                return false;
            }
            // "standing w/ CGA, functional transfers": after a comma that closes no equipment, a new item begins
            if (w.equals(",") && j > 0 && acts.stream().noneMatch(o -> o.mention.from() <= at - 1 && at - 1 < o.mention.to())) {
                return false;
            }
        }
        if (k < 0 || !Regex.matches(tok.get(k).text(), "with|w/|using|in")) {
            return false;
        }
        for (Activity o : acts) {
            Mention p = o.mention;
            if (p.to() <= k + 1 && (k - p.to() <= 3 || k - p.to() <= 5 && numbersAndUnitsOnly(tok, p.to(), k)) && layout.sameClause(p.from(), m.from())
                    && p.term().kind() != Term.Kind.MEASURE && p.term().kind() != Term.Kind.OTHER
                    && !p.term().target().equals(m.term().target())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "propulsion up the clinic ramp", "propelling down the hallway": a place the walking words
     * name, right after another code's activity, is where that activity went, not gait.
     */
    private static final String TOWARDS = "up|down|on|over|across|through|around|along|to|into";

    private static boolean placeOfAnother(List<Token> tok, List<Activity> acts, Mention m) {
        if (!m.term().weak() || !m.term().target().equals("97116")) {
            return false;
        }
        int k = m.from() - 1;
        while (k >= 0 && m.from() - k <= 3 && !Regex.matches(tok.get(k).text(), TOWARDS)) {
            if (!Regex.matches(tok.get(k).text(), "the|a|an|that|this|our|clinic|gym|hospital|unit|outdoor|indoor|long|short|steep|front|back")) {
                return false;
            }
            k--;
        }
        if (k < 1 || !Regex.matches(tok.get(k).text(), TOWARDS)) {
            return false;
        }
        int end = k;
        // (the term may take the word in: "propulsion up")
        return acts.stream().anyMatch(o -> (o.mention.to() == end || o.mention.to() == end + 1) && o.mention != m && !o.mention.term().weak()
                && !o.mention.term().target().equals("97116") && o.mention.term().kind() == Term.Kind.ACTIVITY);
    }

    /** "Gait: TM 0.8 mph w/ SMOs": between the activity and the "with" only its dose (and a heading's colon). */
    private static boolean numbersAndUnitsOnly(List<Token> tok, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tok.get(k);
            if (!t.isNumber() && !Regex.matches(t.text(), ":|tm|mph|kph|km/h|%|incline|grade|level|lvl|x|feet|ft|meters?|m|laps?")) {
                return false;
            }
        }
        return true;
    }

    /** "modified to accommodate the increased wrist extension": a motion described, not an exercise done. */
    private static boolean isFinding(List<Token> tok, Mention m) {
        // "splinting with the heart pillow": bracing the sternum to cough, not an orthosis
        if (m.term().target().equals("97760") && tok.get(m.to() - 1).text().equals("splinting") && m.to() + 2 < tok.size()
                && Regex.anyToken(tok, m.to(), Math.min(tok.size(), m.to() + 5), "pillow|pillows|cough|coughing|incision|sternum|sternal")) {
            return true;
        }
        if (m.term().kind() != Term.Kind.ACTIVITY) {
            return false;
        }
        int k = m.from() - 1;
        while (k >= 0 && Regex.matches(tok.get(k).text(), "the|his|her|their|active|passive")) {
            k--;
        }
        // "putting the steps of making coffee in order": what a task was about
        boolean about = k >= 1 && tok.get(k).text().equals("of")
                && Regex.matches(tok.get(k - 1).text(), "steps|sequence|order|pictures|picture|cards|list|photos|instructions");
        // "I had the tech carry the chest tube drainage": done by staff, not the patient's activity
        boolean byStaff = k >= 0 && Regex.matches(tok.get(k).text(), "tech|techs|aide|aides|cna|nurse|nursing|rn|transport|staff|sitter");
        return about || byStaff || k >= 0 && Regex.matches(tok.get(k).text(), "increased|decreased|improved|limited|reduced|restricted|painful|lacking|lacks|end")
                || rated(tok, m.to());
    }

    /** "sitting balance good.", "standing balance fair+": a rating of the patient, not work done. */
    private static boolean rated(List<Token> tok, int at) {
        int k = at;
        if (k < tok.size() && Regex.matches(tok.get(k).text(), "is|was|:|-")) {
            k++;
        }
        return k < tok.size() && Regex.matches(tok.get(k).text(), "good|fair|poor|intact|impaired|wfl|wnl|normal|g|f|p|fair\\+|good-|poor\\+")
                && (k + 1 == tok.size() || Regex.matches(tok.get(k + 1).text(), "[.,;+/-]|\\*nl\\*|and|to"));
    }

    /**
     * "For upper body dressing, she put on her blouse with set up, ten minutes.": a sentence that
     * opens with "for" and a name, then says what was done without naming anything else, is
     * about that activity; "For her balance, tandem stance ..." names the goal of what follows.
     */
    private static boolean headingNamesTheWork(List<Token> tok, Layout layout, List<Activity> acts, Mention m) {
        int k = m.from() - 1;
        while (k >= 0 && Regex.matches(tok.get(k).text(), "his|her|their|the|safe|safer|independent|functional")) {
            k--;
        }
        if (k < 0 || !tok.get(k).text().equals("for")) {
            return false;
        }
        int start = layout.sentenceStart(m.from());
        for (int j = start; j < k; j++) {
            if (!Regex.matches(tok.get(j).text(), "then|and|now|next|so|okay|ok|,|um|uh|lastly|finally|first")) {
                return false;
            }
        }
        // the heading ends at a comma, or from speech where none was heard, where the doer is named ("for upper body
        // dressing she put on her blouse")
        int comma = m.to();
        while (comma < tok.size() && comma - m.to() < 4 && !Regex.matches(tok.get(comma).text(), ",|\\.|;|:|she|he|we|they|i")) {
            comma++;
        }
        if (comma >= tok.size() || !Regex.matches(tok.get(comma).text(), ",|:|she|he|we|they|i")) {
            return false;
        }
        int from = comma;
        return acts.stream().noneMatch(o -> o.mention != m && o.mention.from() > from && layout.sameSentence(o.mention.from(), m.from())
                && o.kind() != Term.Kind.OTHER);
    }

    /** "squats to improve balance": a category right after a goal cue names the goal. */
    private boolean isPurpose(List<Token> tok, Mention m) {
        if (m.term().weak() && m.from() > 0 && tok.get(m.from() - 1).text().equals("for")) {
            return true; // "theraband to build strength for dressing", "for transfers"
        }
        if (m.term().weak() && m.from() > 0 && Regex.matches(tok.get(m.from() - 1).text(), "after|before|since")
                || m.term().weak() && m.from() > 1 && tok.get(m.from() - 1).text().equals("the")
                && Regex.matches(tok.get(m.from() - 2).text(), "after|before|since")) {
            return true; // "after the group I saw her one-on-one": the group is a point in time here
        }
        // "for his pinch strength so he can manage the buttons": a weak name in a "so he can" clause is the goal
        if (m.term().weak() && Regex.anyToken(tok, Math.max(0, m.from() - 4), m.from(), "can|could")
                && Regex.matches(String.join(" ", tok.subList(Math.max(0, m.from() - 5), m.from()).stream().map(Token::text).toList()),
                        ".*\\bso (?:that )?(?:he|she|they|i|we|pt|the patient) (?:can|could)\\b.*")) {
            return true;
        }
        if (m.term().kind() != Term.Kind.CATEGORY) {
            return false;
        }
        for (int k = Math.max(0, m.from() - 3); k < m.from(); k++) {
            PhraseSet.Hit h = purposes.at(tok, k);
            if (h != null && h.to() <= m.from() && m.from() - h.to() <= 1
                    && (m.from() == h.to() || Regex.matches(tok.get(h.to()).text(), "the|her|his|their|safe|safer|independent|improved|better"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The "for" that a list of goals after it opens, when {@code m} is that list's last item and
     * no activity is named in it ("for R step length + sequencing"); else -1.
     */
    private static int goalListed(List<Token> tok, List<Activity> acts, Mention m) {
        if (m.from() < 3 || !Regex.matches(tok.get(m.from() - 1).text(), "and|\\+|&|plus")) {
            return -1;
        }
        for (int k = m.from() - 2; k >= Math.max(1, m.from() - 7); k--) {
            String w = tok.get(k).text();
            if (Regex.matches(w, "[.;:,]|\\*nl\\*") || tok.get(k).isNumber()) {
                return -1;
            }
            int at = k;
            if (acts.stream().anyMatch(a -> a.mention.from() <= at && a.mention.to() > at)) {
                return -1;
            }
            if (w.equals("for")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "facilitation for shoulder flexion", "functional reaching ... for his kitchen tasks": an
     * activity named after "for" behind another activity of the same sentence is what that one
     * served, not a second activity.
     */
    private static boolean objectOfAnother(List<Token> tok, Layout layout, List<Activity> acts, Mention m) {
        if (m.term().weak() && m.term().target().equals("97150") && m.from() > 0 && Regex.matches(tok.get(m.from() - 1).text(), "in|at")
                && acts.stream().anyMatch(o -> o.mention != m && o.mention.to() <= m.from() && layout.sameSentence(o.mention.from(), m.from()))) {
            return true; // "copying sentences on slant board for legibility in class": where the skill is for, not a group
        }
        int k = m.from() - 1;
        // ("for return to kitchen tasks")
        while (k >= 0 && Regex.matches(tok.get(k).text(), "his|her|their|the|safe|safer|independent|improved|better|functional|daily|home|"
                + "return|returning|to|back|"
                + "forward|backward|anterior|posterior|lateral|equal|proper|upright|increased|symmetrical|symmetric")) {
            k--;
        }
        // ", working on heel strike and knee extension at terminal stance": the second thing it worked on too
        for (int hop = 0; hop < 2 && k >= 1 && Regex.matches(tok.get(k).text(), "and|,"); hop++) {
            int end = k;
            Mention before = acts.stream().map(a -> a.mention).filter(o -> o.to() == end).findFirst().orElse(null);
            if (before == null) {
                break;
            }
            k = before.from() - 1;
        }
        // ", working on weight shift onto the prosthetic side": what the gait training worked on
        boolean workingOn = false;
        // (", working on step length symmetry and knee flexion at loading": the words between name no activity)
        int on = k;
        while (on > m.from() - 8 && on >= 2 && !Regex.matches(tok.get(on).text(), "on|\\.|;|:|\\*nl\\*") && !tok.get(on).isNumber()) {
            on--;
        }
        if (on != k && on >= 2 && tok.get(on).text().equals("on") && Regex.matches(tok.get(on - 1).text(), "working|focusing")
                && tok.get(on - 2).text().equals(",") && Regex.anyToken(tok, on + 1, m.from(), "and")) {
            k = on;
        }
        int listed = goalListed(tok, acts, m);
        if (k >= 2 && Regex.matches(tok.get(k).text(), "on") && Regex.matches(tok.get(k - 1).text(), "working|focusing|emphasis|focus")
                && tok.get(k - 2).text().equals(",")) {
            k = k - 1;
            workingOn = true;
        } else if (listed > 0) {
            // "Gait 80' x2 w/ RW min A for R step length + sequencing, 14'": a second goal of what the sentence did
            return acts.stream().anyMatch(o -> o.mention != m && o.mention.to() <= listed && layout.sameSentence(o.mention.from(), m.from())
                    && o.kind() != Term.Kind.EVAL && o.kind() != Term.Kind.OTHER);
        } else if (k < 1 || !Regex.matches(tok.get(k).text(), "for|during")
                // "min assist, cues for step length and weight shift": what the cues were for reaches further
                || m.from() - k > (Regex.matches(tok.get(k - 1).text(), "cues|cue|cueing|cued|cuing") ? 6 : 3)
                || Regex.matches(tok.get(k - 1).text(), "minutes?|mins?|min|'")
                || Regex.matches(tok.get(k - 1).text(), "\\d+") && !(k >= 2 && Regex.matches(tok.get(k - 2).text(), "of|x|by"))) {
                // (but "two sets of fifteen for activity tolerance": a count, then the goal)
            return false; // "thirty minutes for the group" names what the time was for
        }
        for (Activity other : acts) {
            Mention o = other.mention;
            // (what gait worked on is the gait's, however plainly it was named: "lastly gait ..., working on ...")
            // ("seated upper extremity exercise with 1 lb dumbbells, 2 sets of 15, for activity tolerance": the exercise is named)
            boolean named = !o.term().weak() || workingOn && o.term().target().equals("97116")
                    || o.term().kind() == Term.Kind.CATEGORY && o.term().phrase().matches(".*\\bexercises?$");
            if (o != m && o.to() <= k && layout.sameSentence(o.from(), m.from()) && named
                    && o.term().kind() != Term.Kind.EVAL) {
                return true;
            }
        }
        return false;
    }

    /** An instruction or a recollection, right before a name, that takes back what was said of it. */
    private static final String WITHDRAWN = "(?:take out|leave out|leave off|strike|delete|scratch|"
            + "(?:do n't|don't|do not) (?:put in|put down|list|add|include|bill|charge|code)|(?:did n't|didn't|did not) (?:get to|do|get))"
            + "(?: the| his| her)?";

    private static boolean withdraws(List<Token> tok, Mention m) {
        String before = String.join(" ", tok.subList(Math.max(0, m.from() - 5), m.from()).stream().map(Token::text).toList());
        // (not "scratch the paraffin time, it was eight": its time is corrected, not the paraffin withdrawn)
        return Regex.find(before, "\\b" + WITHDRAWN + "$")
                && !(m.to() < tok.size() && Regex.matches(tok.get(m.to()).text(), "time|times|minutes?|mins?|number|part|piece"));
    }

    /** A sentence that starts with "plan" or "next visit" lists what will be done, not what was. */
    static boolean planSentence(List<Token> tok, Layout layout, int at) {
        int start = layout.sentenceStart(at);
        String first = tok.get(start).text();
        String second = start + 1 < tok.size() ? tok.get(start + 1).text() : "";
        String third = start + 2 < tok.size() ? tok.get(start + 2).text() : "";
        // what was done before today, and what the patient reports doing: "Last in-clinic visit she had paraffin",
        // "Says she's been jogging 10 min on the treadmill", "Pt reports walking 30 minutes daily"
        if (first.equals("last") && Regex.matches(second + " " + third, "(?:visit|session|week|time|tx|treatment|in|appointment)\\b.*")
                || Regex.matches(first, "reports|reported|says|states|previously")
                || Regex.matches(first, "pt|patient|she|he|wife|husband|daughter|son") && Regex.matches(second, "reports|reported|says|states|tells")) {
            return true;
        }
        for (PhraseSet.Hit h : ELSEWHERE.find(tok.subList(start, Math.min(tok.size(), start + 6)))) {
            if (layout.sameSentence(start + h.from(), at) && !todayBefore(tok, start, start + h.from())) {
                return true; // "Yesterday PT did thirty minutes of wheelchair skills", "On Monday we spent most of the session on the treadmill"
            }
        }
        return goalSentence(tok, layout, at);
    }

    private static final PhraseSet ELSEWHERE = PhraseSet.ofLines("/org/rehabscribe/extract/elsewhere-cues.txt");

    /** "Today, after what PT did on Monday, ...": a sentence that says "today" first is about today. */
    private static boolean todayBefore(List<Token> tok, int from, int to) {
        return Regex.anyToken(tok, from, to, "today|this");
    }

    /** "Goals: ...", "P: ...", "Next visit ...": what is aimed at or planned (the patient's reports are not). */
    static boolean goalSentence(List<Token> tok, Layout layout, int at) {
        int start = layout.sentenceStart(at);
        String first = tok.get(start).text();
        String second = start + 1 < tok.size() ? tok.get(start + 1).text() : "";
        String third = start + 2 < tok.size() ? tok.get(start + 2).text() : "";
        return first.equals("plan") || first.equals("plans") || first.equals("goals") || first.equals("goal")
                || underPlanHeading(tok, start)
                || first.equals("the") && Regex.matches(second, "plan|goals?") && Regex.matches(third, "is|are|:|will|for")
                || Regex.matches(first, "ltg|stg|ltgs|stgs|p")  && Regex.matches(second, ":|-")
                || first.equals("hep") && Regex.matches(second, ":|issued|given|handed|provided|unchanged|updated|-|\\d+x.*|\\d+")
                || (first.equals("next") && Regex.matches(second, "visit|session|time|week|tx|treatment"))
                || (first.equals("will") && at - start < 6);
    }

    /** "Plan. Treat daily, focusing on transfers and gait.": the heading said as a sentence of its own. */
    private static boolean underPlanHeading(List<Token> tok, int start) {
        return start >= 2 && Regex.matches(tok.get(start - 1).text(), "\\.|\\*nl\\*|:")
                && Regex.matches(tok.get(start - 2).text(), "plan|plans|goals")
                && (start == 2 || Regex.matches(tok.get(start - 3).text(), "\\.|!|\\?|;|\\*nl\\*"));
    }

    /** "Berg improved since the initial eval": the evaluation is referred to, not performed. */
    private static boolean isReference(List<Token> tok, Mention m) {
        if (m.to() - m.from() == 1 && tok.get(m.from()).text().equals("ie")) {
            // typed "IE": "61 @ IE", "(IE 31)", "before IE" look back at it; "IE 35'" is today's
            // (only opening a line: "three x ten ie a sock" from speech is letters heard, not an evaluation)
            boolean midLine = m.from() > 0 && !Regex.matches(tok.get(m.from() - 1).text(), "\\.|;|\\*nl\\*");
            boolean score = m.to() < tok.size() && tok.get(m.to()).isNumber()
                    && !(m.to() + 1 < tok.size() && Regex.matches(tok.get(m.to() + 1).text(), "minutes?|mins?|min|'"));
            if (midLine || score) {
                return true;
            }
        }
        for (int k = m.from() - 1; k >= Math.max(0, m.from() - 4); k--) {
            String w = tok.get(k).text();
            if (Regex.matches(w, "at|@|since|from|per|last|previous|prior|during|after|following|followed|compared|vs|on|until|of|recent|post|pre|before")) {
                return true;
            }
            if (!Regex.matches(w, "the|initial|her|his|their|pt|ot|physical|occupational|therapy|my|our|recent|most")) {
                return false;
            }
        }
        return false;
    }
}
