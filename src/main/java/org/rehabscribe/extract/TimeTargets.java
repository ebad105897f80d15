package org.rehabscribe.extract;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which activity a time said belongs to ({@link MinutesReader} decides whether a time is an
 * activity's at all). Tried in order, first match wins: a stimulation's time right after
 * "attended"; "the other 6 min he did sleeper stretches"; a time said before what was done in it
 * ("15 minutes of balance training"); a code named next; a heading whose list the time closes;
 * then the nearest strong, then any, name in the same segment, clause and sentence; then, for a
 * time said outright, the sentence before it (a recognizer's pause may have cut the sentence),
 * a typed line's head. Stateless.
 */
final class TimeTargets {
    private static final Set<String> ATTACH_FORWARD = Set.of("of", "on", "doing", "with", "performing", "in", "for",
            "spent", "working", "the", "some");

    private TimeTargets() {}

    /** Within {@code scope}: the nearest code's own name, else the nearest strong name, else the nearest name. */
    private static Activity nearestNamed(List<Activity> acts, int from, int to, Predicate<Activity> scope) {
        Activity best = MinutesReader.nearest(acts, from, to, scope.and(a -> a.kind() == Term.Kind.CATEGORY), true);
        if (best == null) {
            best = MinutesReader.nearest(acts, from, to, scope, true);
        }
        return best != null ? best : MinutesReader.nearest(acts, from, to, scope, false);
    }

    /**
     * The activity the time at tokens {@code [from, to)} belongs to, or null for none;
     * {@code explicit}: the time was said as one ("twelve minutes"), not only implied ("call it twelve").
     */
    static Activity target(List<Token> tok, Layout layout, List<Activity> acts, int from, int to, boolean explicit) {
        // equipment and devices take minutes only when nothing stronger was said in the same breath
        // ("continuous eight min for tissue extensibility before mobs": an activity named after the time to say when the
        // time was spent is not what it was spent on)
        Predicate<Activity> notWhen = a -> !(a.mention.from() >= to && namedForWhen(tok, a.mention.from()));
        Predicate<Activity> inSegment = a -> layout.sameSegment(a.mention.from(), from) && notWhen.test(a);
        Predicate<Activity> inClause = a -> layout.sameClause(a.mention.from(), from) && notWhen.test(a);
        Predicate<Activity> inSentence = a -> layout.sameSentence(a.mention.from(), from) && notWhen.test(a);
        // (a strong name said after the time and a "then" is the next item's: "we walked round the bungalow, about
        // fifteen minutes, and then sit to stands" leaves the walking its time)
        Predicate<Activity> notNext = a -> !(a.mention.from() >= to && Regex.anyToken(tok, to, a.mention.from(), "then"));
        // one said after the time that goes on to a time of its own does not take it: "... sitting, twenty minutes,
        // soft tissue mobilization to the adductors, twelve minutes"; nor one whose own time was said between it and this
        // one: "Gait training, ten minutes, and I had her on the bike as a warm up, five minutes" is the bike's five
        Predicate<Activity> notOwnTimed = a -> !(a.mention.from() >= to && timeLaterInSentence(tok, layout, a.mention.to()))
                && !timedBeforeOther(tok, acts, a, from);
        Predicate<Activity> segmentEligible = eligible(acts, inSegment.and(notNext));
        // (a weak name said with what was done to it in this clause is as good as a strong one: "and oh, before all that
        // I had her on the bike as a warm up, just five minutes")
        Predicate<Activity> clauseEligible = eligible(acts, inSentence.and(notNext).and(notOwnTimed))
                .or(a -> putOn(tok, a) && inClause.test(a));
        Predicate<Activity> sentenceEligible = eligible(acts, inSentence.and(notNext).and(notOwnTimed));
        // "NMES to the quad with quad sets, attended, 12'": the time right after "attended" is the stimulation's
        int before = from - 1;
        while (before >= 0 && tok.get(before).text().equals(",")) {
            before--;
        }
        if (before >= 0 && Regex.matches(tok.get(before).text(), "attended|unattended")) {
            for (Activity a : acts) {
                if (a.live && a.mention.to() <= before && inSentence.test(a) && Regex.matches(a.mention.term().target(), "97032|97014")) {
                    return a;
                }
            }
        }
        // "15 minutes of balance training"
        boolean activityBefore = acts.stream().anyMatch(a -> a.live && a.mention.to() <= from && inSegment.test(a));
        // "and the other 6 min he did sleeper stretches": what was done in the time is said after it
        if (to + 1 < tok.size() && Regex.matches(tok.get(to).text(), "he|she|they|we|pt|patient")
                && Regex.matches(tok.get(to + 1).text(), "did|does|worked|performed|practiced|practised|completed|spent")) {
            for (Activity a : acts) {
                if (a.live && a.mention.from() >= to + 2 && a.mention.from() - to <= 5 && inSentence.test(a)) {
                    return a;
                }
            }
        }
        if (to < tok.size() && ATTACH_FORWARD.contains(tok.get(to).text())
                && !(tok.get(to).text().equals("with") && activityBefore)) { // "hot pack for 15 minutes with IFC"
            for (Activity a : acts) {
                // "thirty minutes for the group": said outright, so even a weak name takes the time;
                // "we'll start 15 minutes of treadmill walking": the time of something not done is no one's
                if (a.mention.from() >= to && a.mention.from() - to <= 3 && inSentence.test(a)) {
                    if (a.live) {
                        return a;
                    }
                    if (a.mention.term().kind() != Term.Kind.OTHER && !a.mention.term().weak() && a.negated) {
                        return null;
                    }
                }
            }
        }
        // "the remainder of the session, roughly twenty minutes, was gait training"
        int k = to < tok.size() && tok.get(to).text().equals(",") ? to + 1 : to;
        if (k < tok.size() && Regex.matches(tok.get(k).text(), "was|were")) {
            for (Activity a : acts) {
                if (a.live && a.mention.from() > k && a.mention.from() - k <= 2 && inSentence.test(a)) {
                    return a;
                }
            }
        }
        // "walked on the treadmill for 12 minutes, gait training for stride length": the code named next (not when
        // the time is set off by commas right after an activity: "core strengthening, 16 minutes, and gait training")
        Activity setOff = setOffAfter(tok, acts, from, to);
        if (setOff == null && acts.stream().noneMatch(a -> a.live && inSegment.test(a) && !a.mention.term().weak())) {
            for (Activity a : acts) {
                if (a.live && a.kind() == Term.Kind.CATEGORY && !a.mention.term().weak() && a.mention.from() >= to
                        && a.mention.from() - to <= 3 && inClause.test(a) && MinutesReader.sameLine(tok, to, a.mention.from())
                        && !timeLaterInSentence(tok, layout, a.mention.to())) { // (not when it goes on to its own time)
                    return a;
                }
            }
        }
        Activity head = listHeading(tok, acts, from, inClause);
        if (head != null) {
            return head;
        }
        Activity best = MinutesReader.nearest(acts, from, to, inSegment.and(segmentEligible), true);
        if (best != null && !best.mention.term().weak() && best.kind() == Term.Kind.ACTIVITY) {
            best = withHead(tok, acts, best, inSegment.and(segmentEligible));
        }
        if (best != null && best.mention.term().weak()) {
            // "Ther act for transfers: bed mob min A; sit<->stand w/c to FWW 5x CGA - 15'": the walker only
            // carried the item; the code named at the head of the line takes its time
            Activity lineHead = MinutesReader.nearest(acts, from, to, a -> a.kind() == Term.Kind.CATEGORY && !a.mention.term().weak()
                    && a.mention.to() <= from && from - a.mention.to() <= 40 && MinutesReader.sameLine(tok, a.mention.to(), from)
                    && tok.subList(a.mention.to(), from).stream().anyMatch(t -> t.text().equals(";") || t.text().equals(":")), true);
            if (lineHead != null) {
                return lineHead;
            }
        }
        if (best == null) {
            best = MinutesReader.nearest(acts, from, to, inSegment.and(segmentEligible), false);
        }
        if (best == null) {
            best = setOff;
        }
        if (best == null) {
            // "we did NMES, Russian stim to the quad with quad sets, 10 minutes": the heading takes the time
            best = nearestNamed(acts, from, to, inClause.and(clauseEligible).and(notOwnTimed));
        }
        if (best == null) {
            best = nearestNamed(acts, from, to, inSentence.and(sentenceEligible).and(notOwnTimed));
        }
        // "Standing tolerance remains limited to approximately 15 minutes.": the sentence's own activity was dropped
        // (negated, a finding), so its time is no earlier sentence's either
        boolean ownDropped = acts.stream().anyMatch(a -> a.negated && a.mention.to() <= from && inSentence.test(a));
        explicit &= !ownDropped;
        if (best == null && TimeSentences.nextBlockOpens(tok, layout, acts, from)) {
            // "Next 20 minutes: posterior glides ..." heard "next twenty minutes. posterior glides": what follows filled it,
            // and when its parts are timed there ("that part was fourteen min, and the other six"), they carry it
            return TimeSentences.nextSentenceTimed(tok, layout, from) ? null
                    : MinutesReader.nearest(acts, from, to, a -> layout.sentence(a.mention.from()) == layout.sentence(from) + 1, false);
        }
        if (best == null && explicit) {
            // "Did balance training on foam. Spent fifteen minutes." "How long? Twenty minutes.": the last activity before
            // (not one timed already when the walk since has no time: "..., that was nineteen minutes. then we walked a
            // hundred and twenty feet with the hemi walker. min assist, ..., fifteen minutes.")
            best = MinutesReader.nearest(acts, from, to, a -> layout.sentence(from) - layout.sentence(a.mention.from()) <= 2
                    && from - a.mention.to() <= 30 && !a.mention.term().weak(), true);
            Activity timed = best;
            Activity walked = timed == null || timed.minutes == null ? null : MinutesReader.nearest(acts, from, to,
                    a -> layout.sentence(a.mention.from()) > layout.sentence(timed.mention.from()) && a.minutes == null && a.actedOn && a.kind() == Term.Kind.ACTIVITY
                            && layout.sentence(from) - layout.sentence(a.mention.from()) == 1, true);
            best = walked != null ? walked : best;
        }
        if (best == null && explicit) {
            // "we did gait in the house with the walker. kitchen to the bedroom and back, contact guard, fourteen
            // minutes.": a recognizer's pause made a sentence of the rest; a plain word for what was done takes it
            // (or one that heads its sentence: "then gait through the house with the walker. kitchen to the bedroom and
            // back, supervision, ten minutes altogether.")
            best = MinutesReader.nearest(acts, from, to, a -> layout.sentence(from) - layout.sentence(a.mention.from()) <= 2
                    && (a.actedOn && from - a.mention.to() <= 30 || TimeSentences.headsSentence(tok, layout, a) && from - a.mention.to() <= 45
                        && !TimeSentences.afterPlanHeading(tok, layout, from))
                    && a.kind() == Term.Kind.ACTIVITY, true);
        }
        if (best == null && explicit) {
            // typed notes: "ADL retraining: LB dressing w/ sock aid; grooming at sink; cues for pacing; 18 mins." The
            // semicolons part items of one line, and the line's time is the line's
            best = MinutesReader.nearest(acts, from, to, a -> (!a.mention.term().weak() || a.actedOn) && a.mention.to() <= from
                    && MinutesReader.sameLine(tok, a.mention.to(), from), true);
        }
        if (best == null && explicit) {
            // "OT, upper limb prosthetic training. [who the patient is] Donning and doffing, myosite control, graded
            // grasp with foam blocks, 25 minutes.": the code the note opened with, when nothing else was named since
            Activity only = null;
            for (Activity a : acts) {
                if (!a.live || a.mention.to() > from || only != null && a.mention.term().target().equals(only.mention.term().target())) {
                    continue; // "... fitted with his myoelectric prosthesis last week": the title's own code again
                }
                only = only == null && a.kind() == Term.Kind.CATEGORY && !a.mention.term().weak() && a.minutes == null
                        && layout.sentence(a.mention.from()) == 0 ? a : null;
                if (only == null) {
                    break;
                }
            }
            best = only;
        }
        if (best == null && explicit && TimeSentences.timeOnlySentence(tok, layout, from, to)) {
            // "Segment two: dressing, buttoning a shirt and zipping his jacket, backward chaining. Twelve minutes.": a
            // sentence that is only the time is the sentence before's, whatever its names
            int start = layout.sentenceStart(from);
            if (start > 0 && !MinutesReader.timeBetween(tok, layout.sentenceStart(start - 1), start)) {
                best = MinutesReader.nearest(acts, from, to, a -> layout.sentence(a.mention.from()) == layout.sentence(from) - 1
                        && a.kind() != Term.Kind.OTHER, true);
            }
        }
        if (best == null && TimeSentences.spentBeforeSaying(tok, layout, acts, from)) {
            // "we spent, oh, a good twenty minutes in the kitchen. She made tea and toast ...": what filled the time
            // is the next sentence's
            best = MinutesReader.nearest(acts, from, to, a -> layout.sentence(a.mention.from()) == layout.sentence(from) + 1, false);
        }
        boolean again = TimeSentences.repeatsLast(tok, layout, acts, from);
        boolean anaphor = explicit && (TimeSentences.opensWithAnaphor(tok, layout, from) || TimeSentences.timeOnThat(tok, layout, from, to))
                || !ownDropped && TimeSentences.anaphorTimeSentence(tok, layout, from, to);
        if (best == null && (anaphor || again)) {
            // "... long sentence about dressing. That was twenty four minutes.": the sentence before, however long
            // (over a short sentence of only its particulars: "... with the walker. Two hundred feet, contact guard.
            // That was about twelve minutes.")
            int start = layout.sentenceStart(from);
            boolean particulars = start > 0 && start - layout.sentenceStart(start - 1) <= 8
                    && acts.stream().noneMatch(a -> a.mention.from() < start && layout.sameSentence(a.mention.from(), start - 1));
            // (or over a sentence of only why it was done: "... quick turns, three sets of ten. The reason for all that is
            // her freezing at doorways. That was twenty-four minutes.")
            boolean why = start > 0 && TimeSentences.goalSentence(tok, layout.sentenceStart(start - 1))
                    && acts.stream().noneMatch(a -> a.live && a.mention.from() < start && layout.sameSentence(a.mention.from(), start - 1)
                        && (!a.mention.term().weak() || a.actedOn));
            int reach = again ? 3 : particulars || why ? 2 : 1;
            best = MinutesReader.nearest(acts, from, to, a -> layout.sentence(from) - layout.sentence(a.mention.from()) >= 1
                    && layout.sentence(from) - layout.sentence(a.mention.from()) <= reach
                    && (!a.mention.term().weak() || a.actedOn), true);
            if (best == null) {
                // "Then lifting, floor to waist with the crate, three sets of eight; that was eighteen minutes": a weak
                // name is the one meant when the sentence before names nothing else
                best = MinutesReader.nearest(acts, from, to, a -> layout.sentence(from) - layout.sentence(a.mention.from()) >= 1
                        && layout.sentence(from) - layout.sentence(a.mention.from()) <= (again ? 3 : 1)
                        && a.kind() == Term.Kind.ACTIVITY, true);
            }
        }
        return best;
    }

    /**
     * "Dual-task amb in hallway w/ head turns + ball toss 9'": what comes after "with" is how the
     * item heading the segment was done, so the heading takes the time.
     */
    private static Activity withHead(List<Token> tok, List<Activity> acts, Activity nearest, Predicate<Activity> scope) {
        for (Activity h : acts) {
            if (h == nearest || h.mention.to() > nearest.mention.from()) {
                break;
            }
            if (!h.live || h.mention.term().weak() || h.kind() == Term.Kind.OTHER || !scope.test(h)
                    || h.mention.term().target().equals(nearest.mention.term().target())) {
                continue;
            }
            boolean with = false;
            for (int k = h.mention.to(); k < nearest.mention.from(); k++) {
                String w = tok.get(k).text();
                if (tok.get(k).isNumber() || Regex.matches(w, "[.;,]|\\*nl\\*|then")) {
                    with = false;
                    break;
                }
                with |= Regex.matches(w, "with|w/");
            }
            if (with && acts.stream().noneMatch(a -> a != h && a != nearest && a.live && a.mention.from() > h.mention.to()
                    && a.mention.to() <= nearest.mention.from() && !a.mention.term().weak())) {
                return h;
            }
        }
        return nearest;
    }

    /**
     * "prosthetic training, donning with the pin liner, checking fit, weight shifting in the
     * parallel bars, thirty minutes": a time closing a list that a code's name opened, in one
     * clause with no time between, is the time of that code; the listed activities are its parts.
     */
    private static Activity listHeading(List<Token> tok, List<Activity> acts, int from,
                                        Predicate<Activity> inClause) {
        Activity head = null;
        for (Activity a : acts) {
            boolean category = a.kind() == Term.Kind.CATEGORY && !a.mention.term().weak();
            // typed "Gait: obstacle negotiation + curb w/ SPC 300' x2 SBA 9'": an activity word with a colon heads its line
            boolean typedHead = a.kind() == Term.Kind.ACTIVITY && a.mention.to() < tok.size() && tok.get(a.mention.to()).text().equals(":")
                    && (a.mention.from() == 0 || Regex.matches(tok.get(a.mention.from() - 1).text(), "\\.|\\*nl\\*|;"));
            if (a.live && (category || typedHead) && a.mention.to() <= from
                    && (category && inClause.test(a) || headsTypedLine(tok, a, from))) {
                head = a;
            }
        }
        if (head == null || head.minutes != null) {
            return null;
        }
        // under a modality only what is done with it: "NMES on the quad with quad sets, twelve minutes"
        boolean modality = head.mention.term().target().startsWith("970");
        boolean listed = false;
        for (Activity a : acts) {
            if (a.mention.from() >= head.mention.to() && a.mention.to() <= from) {
                if (a.minutes != null || modality && !Regex.matches(tok.get(a.mention.from() - 1).text(), "with|w/|\\+|and")) {
                    return null;
                }
                listed |= a.live && a.kind() == Term.Kind.ACTIVITY;
            }
        }
        return listed ? head : null;
    }

    /**
     * "Dressing, twelve minutes, then gait training, ten minutes": the activity named just before
     * the comma that sets the time off, not a code named later in the sentence; null if none.
     */
    private static Activity setOffAfter(List<Token> tok, List<Activity> acts, int from, int to) {
        if (from == 0 || !tok.get(from - 1).text().equals(",")) {
            return null;
        }
        // "core strengthening in flexion-biased positions for strength, 16 minutes, and gait training": with the next
        // item after ", and", the last activity of the clause before, when nothing numeric stands between
        boolean nextItem = to + 1 < tok.size() && tok.get(to).text().equals(",") && Regex.matches(tok.get(to + 1).text(), "and|then|plus");
        // typed: "Mech traction lumbar, 80 lb static, 12 min, MHP to low back": the next item starts right after the
        // time's comma, so the time closes the item before, its settings between
        boolean typedNext = to + 1 < tok.size() && tok.get(to).text().equals(",")
                && acts.stream().anyMatch(a -> a.live && a.mention.from() == to + 1);
        Activity best = null;
        for (Activity a : acts) {
            if (a.live && a.minutes == null && a.mention.to() <= from - 1
                    && (a.mention.to() == from - 1 || nextItem && from - 1 - a.mention.to() <= 10 && plainWords(tok, a.mention.to(), from - 1)
                        || typedNext && from - 1 - a.mention.to() <= 8 && noStop(tok, a.mention.to(), from - 1)
                            && acts.stream().noneMatch(b -> b.live && b != a && b.mention.from() >= a.mention.to() && b.mention.to() <= from))
                    && (a.kind() == Term.Kind.ACTIVITY || a.kind() == Term.Kind.CATEGORY && !a.mention.term().weak())) {
                best = a;
            }
        }
        return best;
    }

    /** No sentence or line end between. */
    private static boolean noStop(List<Token> tok, int from, int to) {
        return !Regex.anyToken(tok, from, to, "\\.|;|:|\\*nl\\*|!|\\?");
    }

    /** Only words between: no number, no sentence or line end. */
    private static boolean plainWords(List<Token> tok, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tok.get(k).isNumber() || Regex.matches(tok.get(k).text(), "\\.|;|:|\\*nl\\*|!|\\?")) {
                return false;
            }
        }
        return true;
    }

    /** "Ther act for RTW tasks: floor->waist lift 40# 3x5, carry, sled push/pull; 25 min.": a heading and its colon. */
    private static boolean headsTypedLine(List<Token> tok, Activity head, int from) {
        int colon = -1;
        for (int k = head.mention.to(); k < Math.min(from, head.mention.to() + 6); k++) {
            if (tok.get(k).text().equals(":")) {
                colon = k;
                break;
            }
        }
        return colon >= 0 && MinutesReader.sameLine(tok, head.mention.to(), from);
    }

    /** A number of minutes said after {@code from} in its sentence. */
    private static boolean timeLaterInSentence(List<Token> tok, Layout layout, int from) {
        int end = from;
        while (end < tok.size() && layout.sameSentence(from - 1, end)) {
            end++;
        }
        return MinutesReader.timeBetween(tok, from, end);
    }

    /**
     * Whether {@code a} took a time of its own before {@code at} and something of another code was
     * named after that time: "Gait training, ten minutes, and I had her on the bike as a warm up,
     * five minutes". (Items of the same code go on adding to it: "Ther ex: pulleys five minutes,
     * rows with red band, four minutes".)
     */
    private static boolean timedBeforeOther(List<Token> tok, List<Activity> acts, Activity a, int at) {
        if (a.minutes == null || a.mention.to() > at) {
            return false;
        }
        for (Activity b : acts) {
            if (b.live && b.mention.from() > a.mention.to() && b.mention.to() <= at
                    && !b.mention.term().target().equals(a.mention.term().target())
                    && MinutesReader.timeBetween(tok, a.mention.to(), b.mention.from())) {
                return true;
            }
        }
        return false;
    }

    /** "I had her on the bike", "put him on the NuStep", "she rode the bike": equipment said as what was done. */
    private static boolean putOn(List<Token> tok, Activity a) {
        int k = a.mention.from() - 1;
        while (k >= 0 && Regex.matches(tok.get(k).text(), "the|a|her|his|their")) {
            k--;
        }
        if (k >= 0 && Regex.matches(tok.get(k).text(), "rode|rides|riding")) {
            return true;
        }
        return k >= 2 && tok.get(k).text().equals("on") && Regex.matches(tok.get(k - 1).text(), "her|him|them")
                && Regex.matches(tok.get(k - 2).text(), "had|put|got|started|set");
    }

    /** "before mobs", "prior to the stretching", "after the bike": an activity named to say when. */
    private static boolean namedForWhen(List<Token> tok, int at) {
        int k = at - 1;
        if (k >= 0 && Regex.matches(tok.get(k).text(), "the|her|his|their|any")) {
            k--;
        }
        if (k >= 1 && tok.get(k).text().equals("to") && tok.get(k - 1).text().equals("prior")) {
            return true;
        }
        return k >= 0 && Regex.matches(tok.get(k).text(), "before|after|following|until|till");
    }

    /** Within {@code scope}, weak terms are eligible only when no strong term is there. */
    private static Predicate<Activity> eligible(List<Activity> acts,
                                                                   Predicate<Activity> scope) {
        boolean strong = acts.stream().anyMatch(a -> a.live && !a.mention.term().weak() && scope.test(a));
        return a -> !strong || !a.mention.term().weak();
    }
}
