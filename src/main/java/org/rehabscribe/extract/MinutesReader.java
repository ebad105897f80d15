package org.rehabscribe.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.rehabscribe.vocab.CodeBook;

/**
 * Finds every time said in a dictation ("12 minutes", "12'", "half an hour", "from 2:00 to
 * 2:15", "bike ten.", "fifteen or so", "the first half of a fifty minute visit") and gives each
 * to the activity it belongs to: the one it names ("15 minutes of balance training"), the
 * code whose name opened the list it closes, the nearest in its segment, clause or sentence,
 * or the sentence before when it points back ("That was 24 minutes"). Times of rests,
 * habits, plans, totals of the session and restated billing lines belong to no activity.
 * Immutable and thread-safe; the activities it is given are the caller's working state.
 */
final class MinutesReader {

    private final Patterns patterns;
    private final PhraseSet futureTimeCues;
    private final CodeBook codes;
    private final SessionTimeline timeline;

    MinutesReader(Patterns patterns, PhraseSet futureTimeCues, CodeBook codes) {
        this.patterns = patterns;
        this.futureTimeCues = futureTimeCues;
        this.codes = codes;
        this.timeline = new SessionTimeline(patterns);
    }

    void attach(NormalizedText nt, Layout layout, List<Activity> acts, List<Mention> measureMentions, boolean fromSpeech) {
        List<Token> tok = nt.tokens();
        SessionTimeline.Said timeline = this.timeline.read(nt);
        List<TimeSaid> found = timesSaid(nt, fromSpeech, timeline.length());
        List<TimeSaid> rightAfter = timesRightAfter(tok, layout, acts, found);
        found.removeIf(f -> rightAfter.stream().anyMatch(r -> r.from() == f.from()));
        found.addAll(rightAfter);
        if (fromSpeech) {
            found.addAll(timesBeforeAMeasure(tok, measureMentions, found));
        }
        found.sort((x, y) -> x.from() - y.from());
        // "Times, heat ten, mobs fourteen, ...": each item's time listed at the end, read as one list
        List<TimeBlock.Block> blocks = TimeBlock.read(tok, layout, acts);
        found.removeIf(f -> blocks.stream().anyMatch(b -> f.from() >= b.from() && f.from() < b.to()));
        Matcher tt = patterns.get("total_time").matcher(nt.text());
        List<Integer> totalCues = new ArrayList<>();
        while (tt.find()) {
            if (!shareOfSession(nt.text(), tt.start())) {
                totalCues.add(nt.tokenAt(tt.end() - 1));
            }
        }
        Matcher gt = patterns.get("group_total").matcher(nt.text());
        List<Integer> groupCues = new ArrayList<>();
        while (gt.find()) {
            groupCues.add(nt.tokenAt(gt.start()));
        }
        SessionTimeline.Length session = timeline.length();
        int paused = 0; // rests and interruptions inside the session: not treatment, yet part of its length
        Activity lastTarget = null;
        TimeSaid lastSaid = null;
        for (TimeSaid f : found) {
            if (codeTotal(nt, layout, acts, f)) {
                continue;
            }
            if (f.to() < tok.size() && Regex.matches(tok.get(f.to()).text(), "early|late|behind")) {
                continue; // "pt left 3 min early for x-ray", "arrived ten minutes late": not treatment
            }
            if (symptomLasting(tok, layout, f.from())) {
                continue; // "AM stiffness still ~45 min", heard "stiffness still to forty five min": how long a symptom lasts
            }
            Activity whole = wholeSession(tok, layout, acts, f.to());
            if (whole != null) {
                // "Morning session ran from one-oh-five to one-thirty, all of it gait training": the session was that
                whole.minutes = (whole.minutes == null ? 0 : whole.minutes) + f.minutes();
                whole.ownMinutes = true;
                whole.evidence.add(nt.spanOfTokens(f.from(), f.to()));
                continue;
            }
            // "forty minutes, split evenly between gait training and ...": shared out even after a total's cue, even a session's
            List<Activity> shares = splitEvenly(tok, layout, acts, f);
            if (shares.isEmpty() && session != null && f.from() >= session.from() && f.from() < session.to()
                    || f.from() > 0 && Regex.matches(tok.get(f.from() - 1).text(), "until|till")
                    || timeline.insidePoint(f.from()) && !SplitTimes.isPart(tok, layout, found, f)) {
                continue; // "we had forty-five minutes": the session; "until the final fifteen": a point in it
            }
            // "a total of 28 minutes for all of that": the time of the activities just named, not of the session
            boolean group = groupCues.stream().anyMatch(c -> c >= f.to() && c - f.to() <= 2)
                    || itemTotal(tok, layout, acts, f.from()) || activityTotal(tok, layout, acts, f.from());
            boolean rest = restNear(tok, f.from());
            if (rest && !(f.from() + 2 < tok.size() && Regex.matches(tok.get(f.from() + 2).text(), "left|remaining|to"))) {
                paused += f.minutes();
                if (lastTarget != null && lastSaid != null && layout.sameSentence(lastSaid.from(), f.from())
                        && lastTarget.minutes != null && lastTarget.minutes > f.minutes()
                        && Regex.anyToken(tok, lastSaid.to(), f.to() + 4, "rest|rests|rested|resting|sat|break|breaks")
                        && Regex.anyToken(tok, lastSaid.to(), f.from(), "but|with|including|includes|included")
                        && !restNotCounted(tok, lastSaid.from(), Math.min(tok.size(), f.to() + 8))) {
                    // "about twelve minutes on the clock, but she sat down twice, about four minutes of rest": 8 treated
                    lastTarget.minutes -= f.minutes();
                }
                continue;
            }
            if (insideMeasure(measureMentions, f.from()) || scoreBefore(tok, layout, measureMentions, f) || (!group && afterCue(totalCues, f.from(), layout) && !SplitTimes.isPart(tok, layout, found, f)
                    && shares.isEmpty()
                    && !codeNamedAfterCue(totalCues, f, layout, acts)) || rest
                    || futureTime(tok, layout, f.from())
                    || frequency(tok, f.to()) || recoveryTime(tok, f.from()) || DoneToday.planSentence(tok, layout, f.from()) || shares.isEmpty() && sessionLength(tok, f.to())) {
                continue;
            }
            if (TimeAmendments.lateCorrection(nt, layout, acts, f) || TimeAmendments.restated(nt, layout, acts, f, lastTarget, lastSaid)
                    || SplitTimes.isSplitTotal(tok, layout, acts, found, f)) {
                continue;
            }
            if (lastSaid != null && f.minutes() == lastSaid.minutes() && f.from() - lastSaid.to() <= 6
                    && layout.sameSentence(lastSaid.from(), f.from()) && Regex.anyToken(tok, lastSaid.to(), f.from(), "yes|yeah|yep|definitely")) {
                continue; // "twelve minutes I think, yes, twelve": the same time confirmed, said once
            }
            if (!shares.isEmpty()) {
                for (Activity a : shares) {
                    a.minutes = (a.minutes == null ? 0 : a.minutes) + f.minutes() / shares.size();
                    a.ownMinutes = true;
                    a.evidence.add(nt.spanOfTokens(f.from(), f.to()));
                }
                continue;
            }
            Activity nearest = TimeTargets.target(tok, layout, acts, f.from(), f.to(),
                    f.explicit() || fromSpeech && pausedFromItsItem(tok, layout, acts, measureMentions, f));
            if (nearest == null) {
                continue;
            }
            Activity target = cognitionTaskMedium(layout, acts, found, nearest, f);
            if (summarySentence(tok, layout, f.from()) && acts.stream().anyMatch(a -> a.live && a.minutes != null && a != target
                    && a.mention.term().target().equals(target.mention.term().target()) && !summarySentence(tok, layout, a.mention.from()))) {
                // "Billing: neuromuscular re-education twenty minutes": said again, counted once
                target.evidence.add(nt.spanOfTokens(f.from(), f.to()));
                continue;
            }
            if (partOfHeading(tok, acts, target, f.from())) {
                continue; // "Therex 15 minutes for endurance: treadmill 8 minutes, deadlifts": the 8 is inside the 15
            }
            target.minutes = (target.minutes == null ? 0 : target.minutes) + f.minutes();
            target.ownMinutes = true;
            target.evidence.add(nt.spanOfTokens(f.from(), f.to()));
            lastTarget = target;
            lastSaid = f;
            shareWithConcurrentModality(nt, layout, acts, target, new int[] {f.from(), f.to(), f.minutes()});
        }
        for (TimeBlock.Block b : blocks) {
            for (Activity label : b.labels()) {
                if (b.entries().stream().noneMatch(e -> e.target() == label)) {
                    label.live = false; // the list's "mobs" names the joint mobilisations said before
                }
            }
            // the list's times replace what was read before; two entries for one item add up
            b.entries().forEach(e -> e.target().minutes = 0);
            for (TimeBlock.Entry e : b.entries()) {
                Activity a = e.target();
                a.minutes += e.minutes();
                a.ownMinutes = true;
                a.evidence.add(nt.spanOfTokens(e.from(), e.to()));
            }
        }
        SplitTimes.giveTheRest(nt, layout, acts, found);
        this.timeline.complete(timeline, nt, layout, acts, paused);
    }

    /**
     * "Cognitive retraining, working memory and sequencing, a three step meal planning task, thirty
     * minutes": a daily-living task named after cognitive therapy, in one breath with one time, is
     * what the cognitive work used; the time and the task are the cognitive therapy's.
     */
    private Activity cognitionTaskMedium(Layout layout, List<Activity> acts, List<TimeSaid> found, Activity target, TimeSaid f) {
        if (!"97535".equals(target.mention.term().target()) || target.mention.from() > f.from()) {
            return target;
        }
        for (Activity cog : acts) {
            // (or the task named in the sentence of the cognitive work, the time in a sentence of its own after it)
            if (cog.live && (cog.kind() == Term.Kind.CATEGORY || cog.kind() == Term.Kind.ACTIVITY)
                    && "97129".equals(cog.mention.term().target()) && cog.minutes == null
                    && cog.mention.to() <= target.mention.from() && (layout.sameSentence(cog.mention.from(), f.from())
                    || layout.sameSentence(cog.mention.from(), target.mention.from()))
                    && found.stream().noneMatch(g -> g != f && g.from() >= cog.mention.to() && g.from() < f.from())) {
                for (Activity a : acts) {
                    if (a.live && "97535".equals(a.mention.term().target()) && a.mention.from() > cog.mention.from()
                            && a.mention.to() <= f.from()) {
                        a.live = false;
                        cog.evidence.addAll(a.evidence);
                    }
                }
                return cog;
            }
        }
        return target;
    }

    private static final java.util.regex.Pattern DOSED_BY_TIME = java.util.regex.Pattern.compile(
            "\\b(?:bike|nustep|nu step|treadmill|ube|elliptical|stepper|ergometer|erg|arm bike|walking|rower|scifit)\\b");

    /**
     * Voice-memo style, "bike ten. mobs eight.": a number right after a time-dosed activity
     * (a code's name, manual therapy, gait, a modality, the bike), closing the phrase, is its
     * minutes. After exercises counted in repetitions ("bridges 15,") it is not.
     */
    private static List<TimeSaid> timesRightAfter(List<Token> tok, Layout layout, List<Activity> acts, List<TimeSaid> said) {
        List<TimeSaid> out = new ArrayList<>();
        // "and fifteen on balance, at the kitchen counter, reaching out of his base": a number put on a goal is the time of
        // what follows it
        for (int at = 0; at + 2 < tok.size(); at++) {
            int k = at + 2 < tok.size() && tok.get(at + 2).text().equals("the") ? at + 3 : at + 2;
            int n = at;
            if (k < tok.size() && tok.get(n + 1).text().equals("on")
                    && Regex.matches(tok.get(k).text(), "balance|strength|strengthening|stretching|mobility|endurance|coordination|transfers|walking")
                    && bareTime(tok, n, said, "x|by|of|/|level|grade|at|to|from|out|scored|rated|pain|\\d.*")
                    && acts.stream().noneMatch(a -> a.mention.from() <= k && k < a.mention.to())) {
                out.add(new TimeSaid(n, n + 1, tok.get(n).number().intValue(), true));
            }
        }
        for (Activity a : acts) {
            int afterCount = groupCountThenTime(tok, a);
            if (afterCount >= 0 && out.stream().noneMatch(t -> t.from() == afterCount)) {
                // typed "UE strengthening group (4 pts) 30'" read aloud: "group four pts thirty"
                out.add(new TimeSaid(afterCount, afterCount + 1, tok.get(afterCount).number().intValue(), true));
                continue;
            }
            int closing = closingNumber(tok, layout, a, said);
            if (closing >= 0) {
                // "Gait training with the prosthesis and a rolling walker, fifteen.": a code's name opens the sentence
                out.add(new TimeSaid(closing, closing + 1, tok.get(closing).number().intValue(), false));
                continue;
            }
            int on = onActivity(tok, a, said);
            if (on >= 0) {
                // "Split was twenty on gait, ... and fifteen on balance": a number put on an activity is its time
                out.add(new TimeSaid(on, on + 1, tok.get(on).number().intValue(), true));
                continue;
            }
            int at = a.mention.to();
            if (!a.live || at + 1 > tok.size() || !tok.get(at).isNumber()) {
                continue;
            }
            double n = tok.get(at).number();
            String next = at + 1 < tok.size() ? tok.get(at + 1).text() : ".";
            String code = a.mention.term().target();
            boolean timeDosed = a.kind() == Term.Kind.CATEGORY || !Regex.matches(code, "97110|97112|97530")
                    || DOSED_BY_TIME.matcher(a.mention.term().phrase()).find();
            // "gait forty, x two r w min a" (typed "Gait 40' x2" heard without its foot mark): a distance walked twice
            boolean repeated = at + 3 < tok.size() && next.equals(",") && Regex.matches(tok.get(at + 2).text(), "x|times")
                    && tok.get(at + 3).isNumber();
            // (nor when another time closes the sentence: "gait forty, r w min a, six." is forty feet in six minutes)
            boolean closedLater = said.stream().anyMatch(t -> t.from() > at && layout.sameSentence(t.from(), at));
            if (timeDosed && !repeated && !closedLater && n >= 5 && n <= 60 && n == Math.floor(n) && Regex.matches(next, "[.,;]|\\*nl\\*")
                    && said.stream().noneMatch(t -> t.from() <= at && at < t.to())) {
                out.add(new TimeSaid(at, at + 1, (int) n, false));
            }
        }
        return out;
    }

    /**
     * Typed "manual hip flexor stretch 10'. 5xSTS 15.2s" read aloud runs on as "stretch ten five x
     * s t s": from speech, a whole number after a word and right before a measure's name closes
     * the item before it, as its time.
     */
    private static List<TimeSaid> timesBeforeAMeasure(List<Token> tok, List<Mention> measureMentions, List<TimeSaid> said) {
        List<TimeSaid> out = new ArrayList<>();
        for (Mention mm : measureMentions) {
            int at = mm.from() - 1;
            if (at >= 1 && tok.get(at).text().equals(",")) {
                at--; // "manual hip flexor stretch ten, five x s d s"
            }
            if (at >= 1 && tok.get(at).isNumber() && namesPartOf(mm, tok.get(at).number())) {
                // "thirty cst": the thirty-second chair stand's own name; a number before it may still close the item
                // ("... two x ten fourteen thirty cst eight", typed "2x10, 14'. 30s CST 8")
                at--;
                if (at < 1 || !tok.get(at).isNumber()) {
                    continue;
                }
            }
            // (after a count of sets: "two x ten fourteen")
            boolean afterSets = at >= 3 && tok.get(at - 1).isNumber() && Regex.matches(tok.get(at - 2).text(), "x|by")
                    && tok.get(at - 3).isNumber();
            if (at >= 1 && (afterSets || !tok.get(at - 1).isNumber()) && !tok.get(at - 1).isPunct()
                    && bareTime(tok, at, said, afterSets ? "x|by" : "x|by|of|/|level|grade|at|to|from|out|was|is|scored|rated|pain|and|or|\\d.*")) {
                out.add(new TimeSaid(at, at + 1, tok.get(at).number().intValue(), false));
            }
        }
        return out;
    }

    private static final Map<String, Double> NUMBER_WORDS = Map.of("two", 2.0, "five", 5.0, "six", 6.0, "nine", 9.0,
            "ten", 10.0, "thirty", 30.0);

    /** Whether {@code n} is a number in the measure's own name (30 of the thirty-second chair stand). */
    private static boolean namesPartOf(Mention mm, double n) {
        for (String w : mm.term().target().split("_")) {
            if (NUMBER_WORDS.getOrDefault(w, -1.0) == n) {
                return true;
            }
        }
        return false;
    }

    /** A symptom named just before the time, in its clause: the time is how long the symptom lasts. */
    private static boolean symptomLasting(List<Token> tok, Layout layout, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 4) && !tok.get(k).isPunct(); k--) {
            if (Regex.matches(tok.get(k).text(), "stiffness|stiff|sore|achy|aching|headache|headaches|dizziness|numbness|tingling|spasms?|cramping")) {
                // (not a symptom treated: "paraffin for stiffness ten minutes", "to address knee stiffness 8 minutes")
                return !Regex.anyToken(tok, Math.max(0, k - 5), k, "for|address|addressing|reduce|reducing|decrease|improve|cut|manage|ease");
            }
        }
        return false;
    }

    /** The number after a group's head count ("group four pts thirty"), or -1. */
    private static int groupCountThenTime(List<Token> tok, Activity a) {
        if (!a.live || !"97150".equals(a.mention.term().target())) {
            return -1;
        }
        for (int k = a.mention.to(); k + 2 < tok.size() && k <= a.mention.to() + 2; k++) {
            if (tok.get(k).isNumber() && Regex.matches(tok.get(k + 1).text(), "pts|patients|residents|participants|clients|members|others")) {
                int at = k + 2;
                if (at < tok.size() && Regex.matches(tok.get(at).text(), "\\)|\\.|,")) {
                    at++; // "(4 pts) 30'", heard "four pts. thirty."
                }
                boolean unitSaid = at + 1 < tok.size() && Regex.matches(tok.get(at + 1).text(), "minutes?|mins?|min|'");
                return at < tok.size() && !unitSaid && bareTime(tok, at, List.of(), "x|by|of|/") ? at : -1; // (said or not: the group's)
            }
        }
        return -1;
    }

    /** The number in "twenty on gait", "fifteen on the balance", or -1. */
    private static int onActivity(List<Token> tok, Activity a, List<TimeSaid> said) {
        int k = a.mention.from() - 1;
        if (k >= 0 && tok.get(k).text().equals("the")) {
            k--;
        }
        int at = k - 1;
        return a.live && at >= 0 && tok.get(k).text().equals("on")
                && bareTime(tok, at, said, "x|by|of|/|level|grade|at|to|from|out|was|is|scored|rated|pain|\\d.*") ? at : -1;
    }

    /**
     * A whole number from 5 to 60 at token {@code at} that no time already covers and that does not
     * follow a word of {@code counted} ("3 x 10", "level 5", "rated 6"): a time said bare.
     */
    private static boolean bareTime(List<Token> tok, int at, List<TimeSaid> said, String counted) {
        Double n = tok.get(at).number();
        return n != null && n >= 5 && n <= 60 && n == Math.floor(n)
                && !(at > 0 && Regex.matches(tok.get(at - 1).text(), counted))
                && said.stream().noneMatch(t -> t.from() <= at && at < t.to());
    }

    private static int closingNumber(List<Token> tok, Layout layout, Activity a, List<TimeSaid> said) {
        int start = layout.sentenceStart(a.mention.from());
        if (!a.live || a.kind() != Term.Kind.CATEGORY || a.mention.term().weak() || a.mention.from() - start > 2) {
            return -1;
        }
        int end = a.mention.to();
        while (end < tok.size() && layout.sameSentence(end, a.mention.from()) && !Regex.matches(tok.get(end).text(), "[.;]|\\*nl\\*")) {
            end++;
        }
        int at = end - 1;
        if (at <= a.mention.to() || !tok.get(at).isNumber() || !tok.get(at - 1).text().equals(",")) {
            return -1;
        }
        double n = tok.get(at).number();
        int from = start;
        int to = end;
        if (n < 5 || n > 60 || n != Math.floor(n) || said.stream().anyMatch(t -> t.from() >= from && t.from() < to)) {
            return -1;
        }
        return at;
    }

    /**
     * The patterns of times said without "minutes" (typed "16'" read aloud, "Minutes: eighteen.",
     * "fifteen or so"), tried in this order; where two start at one token the first wins.
     */
    private static final List<String> BARE_TIMES = List.of("minutes_field", "minutes_not", "minutes_corrected",
            "minutes_stopped", "minutes_of_that", "minutes_implied", "minutes_line_end", "minutes_approx", "minutes_m",
            "minutes_after_machine", "minutes_paren", "minutes_sentence_end");
    /** Of those, the ones that are a time however far from its activity. */
    private static final Set<String> EXPLICIT_BARE_TIMES = Set.of("minutes_field", "minutes_not", "minutes_corrected",
            "minutes_stopped", "minutes_approx", "minutes_m", "minutes_paren");

    /** Every way a time is said: "12 minutes", "12'", "half an hour", "about ten on balance", "- 18", "3:22 to 3:40". */
    private List<TimeSaid> timesSaid(NormalizedText nt, boolean fromSpeech, SessionTimeline.Length length) {
        String s = nt.text();
        List<Token> tok = nt.tokens();
        List<TimeSaid> found = new ArrayList<>();
        Matcher mm = patterns.get("minutes").matcher(s);
        while (mm.find()) {
            int n = Integer.parseInt(mm.group("n"));
            int to = nt.tokenAt(mm.end() - 1) + 1;
            if ((mm.group().endsWith("'") || mm.group().endsWith("’")) && !primeIsMinutes(tok, n, nt.tokenAt(mm.start()), to)) {
                continue; // "gait 80' RW": feet, not minutes
            }
            found.add(new TimeSaid(nt.tokenAt(mm.start()), to, n, true));
        }
        Matcher mw = patterns.get("minutes_words").matcher(s);
        while (mw.find()) {
            int before = nt.tokenAt(mw.start()) - 1;
            if (before >= 0 && Regex.matches(tok.get(before).text(), "miles?|km|kilometers|per")) {
                continue; // "a mile per hour", "2 miles an hour": a speed, not a time
            }
            String w = mw.group("w");
            int n = w.contains("quarter") ? 15 : w.contains("half") ? 30 : 60;
            found.add(new TimeSaid(nt.tokenAt(mw.start()), nt.tokenAt(mw.end() - 1) + 1, n, true));
        }
        for (String clock : List.of("clock_range", "clock_range_24", "clock_range_24_typed", "clock_oclock", "clock_until",
                "clock_until_24", "clock_hour_range", "clock_to_hour", "clock_oclock_until")) {
            // "3:22 to 3:40 exercise"; "started at 3:10 with manual ... until 3:22": the time belongs where it starts;
            // "from two o'clock to two fifteen"; "at ten past two ... wrapped that up at two thirty"; "from eleven to eleven fourteen"
            Matcher mc = patterns.get(clock).matcher(s);
            boolean hourOnly = clock.equals("clock_oclock") || clock.equals("clock_hour_range") || clock.equals("clock_oclock_until");
            while (mc.find()) {
                int a = Integer.parseInt(mc.group("h1")) * 60 + (hourOnly ? 0 : Integer.parseInt(mc.group("m1")));
                int b = clock.equals("clock_oclock") && mc.group("h3") != null ? Integer.parseInt(mc.group("h3")) * 60
                        : Integer.parseInt(mc.group("h2")) * 60 + (mc.group("m2") == null ? 0 : Integer.parseInt(mc.group("m2")));
                if (b > a && b - a <= 120) {
                    int end = hourOnly ? mc.end("h1") : mc.end("m1");
                    int from = nt.tokenAt(mc.start("h1"));
                    int to = nt.tokenAt(end - 1) + 1;
                    if (to + 1 < tok.size() && Regex.matches(tok.get(to).text(), "[.:]|o'clock") && !tok.get(to + 1).isNumber()) {
                        // "Started at 9:02. Gaze stabilization ... until 9:25": the time is of what the next sentence names
                        int next = tok.get(to).text().equals("o'clock") && to + 2 < tok.size() && tok.get(to + 1).text().equals(",") ? to + 2 : to + 1;
                        from = next;
                        to = next + 1;
                    }
                    found.add(new TimeSaid(from, to, b - a, true));
                }
            }
        }
        // "Fifty minute visit. The first half of the session was prosthetic training": half of what was said
        if (length != null) {
            int session = length.minutes();
            Matcher half = patterns.get("half_session").matcher(s);
            while (half.find() && session >= 20 && session <= 120) {
                found.add(new TimeSaid(nt.tokenAt(half.start()), nt.tokenAt(half.end() - 1) + 1, session / 2, true));
            }
        }
        // typed "16'" read aloud is "sixteen" and a pause: from speech, a number closing a sentence after words; typed,
        // a number in words after a comma ("then walked in the hall with head turns, fifteen.")
        for (String bare : BARE_TIMES) {
            Matcher m = patterns.get(bare).matcher(s);
            while (m.find()) {
                int from = nt.tokenAt(m.start("n"));
                int to = nt.tokenAt(m.end("n") - 1) + 1;
                int n = Integer.parseInt(m.group("n"));
                if (bare.equals("minutes_m") && walkingNamed(tok, from)) {
                    continue; // "gait 30m": metres
                }
                if (bare.equals("minutes_sentence_end") && from > 1 && Regex.matches(tok.get(from - 1).text(), "holds?")
                        && !Regex.matches(tok.get(from - 2).text(), "seconds?|secs?|s|tens|fives|fifteens|twenties|thirties")) {
                    continue; // "bridges with holds 10.": ten holds; but typed "w/ 30s holds 10'", "w/ 5s hold 11'" read aloud is the time
                }
                if (bare.equals("minutes_sentence_end") && !fromSpeech && !(from > 0 && tok.get(from - 1).text().equals(",")
                        && Character.isLetter(nt.original().charAt(tok.get(from).origStart())))) {
                    continue; // typed, only a number said in words after a pause closes the sentence as its time: "..., fifteen."
                }
                if (n > 0 && n <= 60) {
                    // "fifteen or so" is a time however far its activity
                    found.add(new TimeSaid(from, to, n, EXPLICIT_BARE_TIMES.contains(bare)));
                }
            }
        }
        found.sort((x, y) -> x.from() - y.from());
        List<TimeSaid> distinct = new ArrayList<>();
        for (TimeSaid f : found) {
            if (distinct.isEmpty() || f.from() >= distinct.get(distinct.size() - 1).to()) {
                distinct.add(f);
            }
        }
        return distinct;
    }

    /**
     * "Therex total 23 minutes", "total therex twelve minutes", "..., seated stretches, 20
     * minutes total": a code's total, said after the minutes of some of its items, replaces
     * them rather than adding to them.
     */
    private static boolean codeTotal(NormalizedText nt, Layout layout, List<Activity> acts, TimeSaid f) {
        List<Token> tok = nt.tokens();
        int after = f.to();
        int inclAt = after < tok.size() && tok.get(after).text().equals(",") ? after + 1 : after; // ("te twenty six, incl bike")
        boolean totalAfter = after < tok.size() && Regex.matches(tok.get(after).text(), "total|totals|overall|incl|including|inclusive")
                || inclAt < tok.size() && Regex.matches(tok.get(inclAt).text(), "incl|inclusive")
                || after + 1 < tok.size() && tok.get(after).text().equals("in") && tok.get(after + 1).text().equals("total")
                || inclusiveBefore(tok, layout, f.from());
        Activity named = null;
        if (!totalAfter) {
            boolean totalBefore = false;
            for (int k = Math.max(0, f.from() - 3); k < f.from(); k++) {
                totalBefore |= Regex.matches(tok.get(k).text(), "total|totaled|totalled");
            }
            if (!totalBefore) {
                return false;
            }
            for (Activity a : acts) {
                if (a.live && a.kind() == Term.Kind.CATEGORY && a.mention.to() <= f.from() && f.from() - a.mention.to() <= 2) {
                    named = a; // "therex total 23", "total therex 12"
                }
            }
            if (named == null && f.from() >= 2 && tok.get(f.from() - 1).text().equals("total")
                    && !Regex.matches(tok.get(f.from() - 2).text(), "session|treatment|visit|tx|time|timed|the|a|of|[.,;:]|\\*nl\\*")) {
                // "... straight leg raises 2 by 15 total 20 minutes": the total of what was just listed
                for (Activity a : acts) {
                    if (a.live && a.mention.to() <= f.from() && layout.sameSentence(a.mention.from(), f.from())) {
                        named = a;
                    }
                }
                if (named != null && named.minutes != null) {
                    named = null;
                }
            }
            if (named == null) {
                return false;
            }
        }
        Activity target = named;
        if (target == null) {
            // "Prosthetic training, donning ..., then weight shifting in the bars, twenty-five minutes total": the heading's
            Activity first = null;
            for (Activity a : acts) {
                if (a.live && a.mention.to() <= f.from() && layout.sameSentence(a.mention.from(), f.from())) {
                    first = first == null ? a : first;
                    target = a;
                }
            }
            if (first != null && first.kind() == Term.Kind.CATEGORY && first.minutes == null && !timeBetween(tok, first.mention.to(), f.from())) {
                target = first;
            }
        }
        if (target == null) {
            return false;
        }
        String code = target.mention.term().target();
        List<Activity> items = new ArrayList<>();
        for (Activity a : acts) {
            if (a.mention.from() >= f.from()) {
                break;
            }
            if (!a.live || a.kind() == Term.Kind.MEASURE) {
                continue;
            }
            if (named == null && !layout.sameSentence(a.mention.from(), f.from())) {
                items.clear(); // "..., for balance, fifteen minutes. Then sit to stands ..., ten minutes total": the sentence's total
                continue;
            }
            if (!code.equals(a.mention.term().target())) {
                items.clear(); // another code between: the run of this code starts after it
            } else if (a != target && a.minutes != null) {
                items.add(a);
            }
        }
        boolean heading = named != null || target.kind() == Term.Kind.CATEGORY;
        if (items.isEmpty() && (!heading || target.minutes != null)) {
            return false;
        }
        for (Activity a : items) {
            a.minutes = null;
            a.ownMinutes = false;
        }
        target.minutes = f.minutes();
        target.ownMinutes = true;
        target.evidence.add(nt.spanOfTokens(f.from(), Math.min(tok.size(), after + (totalAfter ? 1 : 0))));
        return true;
    }

    /**
     * "..., twenty minutes, so with the bike that's twenty seven", "so with the warm up that whole
     * chunk was like twenty": a time that counts in what came before it, a running total.
     */
    private static boolean inclusiveBefore(List<Token> tok, Layout layout, int at) {
        int from = Math.max(layout.sentenceStart(at), at - 9);
        String before = String.join(" ", tok.subList(from, at).stream().map(Token::text)
                .filter(w -> !Regex.matches(w, ",|uh|um|er")).toList());
        return Regex.find(before, "\\b(?:with|counting|including) the [a-z ]{2,24}(?:that 's|that is|it 's|that was|was|makes it|comes to|"
                + "that makes|gives|puts (?:it|us) at)\\b(?: (?:about|around|like|roughly))?$")
                || Regex.find(before, "\\b(?:that|the) whole (?:chunk|thing|block|piece|bit) (?:was|is|came to)\\b(?: (?:about|around|like|roughly))?$");
    }

    /** A time ("12 minutes", "12'") said between two tokens. */
    static boolean timeBetween(List<Token> tok, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (tok.get(k).isNumber() && Regex.matches(tok.get(k + 1).text(), "minutes?|mins?|min|'")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A time said after a heading's colon ("Therex 15 minutes for endurance: treadmill 8
     * minutes, deadlifts") when the heading gave its own time before the colon: the part is
     * inside the whole.
     */
    private static boolean partOfHeading(List<Token> tok, List<Activity> acts, Activity target, int at) {
        String code = target.mention.term().target();
        for (Activity h : acts) {
            if (!h.live || h.kind() != Term.Kind.CATEGORY || h.mention.to() > at || !code.equals(h.mention.term().target())) {
                continue;
            }
            boolean colon = false;
            boolean timedHeading = false;
            for (int k = h.mention.to(); k < at; k++) {
                if (Regex.matches(tok.get(k).text(), "[.;]|\\*nl\\*")) {
                    colon = false;
                    break;
                }
                timedHeading |= !colon && tok.get(k).isNumber() && k + 1 < tok.size()
                        && Regex.matches(tok.get(k + 1).text(), "minutes?|mins?|min|'");
                colon |= Regex.matches(tok.get(k).text(), ":|-"); // "Ther ex 27 min total - pulleys 3 min warm-up"
            }
            if (colon && timedHeading) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Split the first half hour evenly between ther ex and neuro re-ed": the activities named
     * after "between" share the time equally (when it divides evenly among them).
     */
    private static List<Activity> splitEvenly(List<Token> tok, Layout layout, List<Activity> acts, TimeSaid f) {
        boolean split = false;
        for (int k = Math.max(0, f.from() - 5); k < f.from(); k++) {
            split |= Regex.matches(tok.get(k).text(), "split|divided|shared");
        }
        int between = -1;
        // ("thirty-two minutes of treatment, split pretty evenly, so sixteen and sixteen, between ...": the shares said on the way)
        int reach = Math.min(tok.size(), f.to() + (split ? 5 : 14));
        for (int k = f.to(); k < reach && layout.sameSentence(f.from(), k); k++) {
            if (tok.get(k).text().equals("between")) {
                between = k;
                break;
            }
            // "forty minutes, split evenly between gait training and neuromuscular re-education"
            split |= Regex.matches(tok.get(k).text(), "split|divided|shared");
        }
        if (!split || between < 0) {
            return List.of();
        }
        List<Activity> out = new ArrayList<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (Activity a : acts) {
            int at = a.mention.from();
            if (a.live && at > between && layout.sameSentence(between, at) && noStopBetween(tok, between, at)
                    && codes.add(a.mention.term().target())) {
                out.add(a);
            }
        }
        return out.size() >= 2 && f.minutes() % out.size() == 0 ? out : List.of();
    }

    /** No ':' or ';' between two tokens: the same list. */
    private static boolean noStopBetween(List<Token> tok, int from, int to) {
        return !Regex.anyToken(tok, from, to, "[:;]");
    }

    /**
     * From speech, typed "LB dressing w/ reacher/sock aid via camera, pt performed w/ SBA 20'." is
     * heard "l b dressing with reacher ... via camera. pt performed with sba twenty.": a pause made
     * a sentence of the item's tail. A bare number closing a sentence that names nothing, right
     * after a sentence whose item has no time yet, is that item's time.
     */
    private static boolean pausedFromItsItem(List<Token> tok, Layout layout, List<Activity> acts, List<Mention> measures, TimeSaid f) {
        int start = layout.sentenceStart(f.from());
        boolean closesSentence = f.to() >= tok.size() || Regex.matches(tok.get(f.to()).text(), "\\.|\\*nl\\*");
        // ("... with the hemi walker. min assist, she's still catching the right toe, fifteen minutes.": how much help opens a
        // longer tail)
        int tail = Regex.matches(tok.get(start).text(), "min|mod|max|minimal|moderate|maximal|cga|sba|contact|standby|supervision|mina|moda")
                ? 14 : 8;
        if (start == 0 || !closesSentence || f.minutes() < 5 || f.from() - start > tail
                || timeBetween(tok, layout.sentenceStart(start - 1), start)) {
            return false;
        }
        // a number alone only after an item that ends in words: "..., cues for upright posture. thirteen." but not
        // "... ext minus three deg. eight."
        if (f.from() - start < 2 && (start < 2 || tok.get(start - 2).isNumber()
                || Regex.matches(tok.get(start - 2).text(), "deg|degrees?|percent|%|lbs?|pounds?|s|sec|seconds?|ft|feet|m|kg|[a-z]?\\d.*"))) {
            return false;
        }
        // a tail that names nothing and reads nothing: not "grip right eighteen pounds left twenty two.", "quick dash forty eight."
        if (Regex.anyToken(tok, start, f.from(), "\\d+(\\.\\d+)?|[a-z]+\\d.*|pain|rated|score|scored|was|were|is|at|of|x|by|sets?|reps?|"
                + "pounds|feet|degrees|percent")
                || acts.stream().anyMatch(a -> a.live && layout.sameSentence(a.mention.from(), f.from()))
                || measures.stream().anyMatch(m -> layout.sameSentence(m.from(), f.from()))) {
            return false;
        }
        return acts.stream().anyMatch(a -> a.live && a.minutes == null
                && (!a.mention.term().weak() || TimeSentences.headsSentence(tok, layout, a))
                && layout.sentence(a.mention.from()) == layout.sentence(f.from()) - 1);
    }

    /** "..., all of it gait training": the activity named right after a session's length as all it held. */
    private static Activity wholeSession(List<Token> tok, Layout layout, List<Activity> acts, int after) {
        int k = after;
        while (k < tok.size() && (Regex.matches(tok.get(k).text(), ",|minutes?|mins?|-|to|until|till") || tok.get(k).isNumber())) {
            k++;
        }
        int words = k;
        while (k < tok.size() && Regex.matches(tok.get(k).text(), "all|of|it|that|the|whole|time|thing|was|spent|on|entirely")) {
            k++;
        }
        if (k == words || !Regex.anyToken(tok, words, k, "all|whole|entirely")) {
            return null;
        }
        int at = k;
        for (Activity a : acts) {
            if (a.live && a.mention.from() == at && layout.sameSentence(a.mention.from(), after - 1)) {
                return a;
            }
        }
        return null;
    }

    /**
     * A time of its own said right after a name, other than the time at {@code shared}: "moist
     * heat 15'" (but in "interferential with ice, 15 minutes" the 15 is the one shared).
     */
    private static boolean ownTimeFollows(List<Token> tok, int after, int shared) {
        int k = after;
        if (k < tok.size() && tok.get(k).text().equals(",")) {
            k++;
        }
        return k != shared && k + 1 < tok.size() && tok.get(k).isNumber() && Regex.matches(tok.get(k + 1).text(), "'|minutes?|mins?|min");
    }

    /** "Forty-five minute session with Tom": the length of the visit, not of an activity. */
    private static boolean sessionLength(List<Token> tok, int after) {
        return after < tok.size() && Regex.matches(tok.get(after).text(), "session|visit|appointment|treatment|tx|sessions");
    }

    /**
     * "a hot pack and the interferential, unattended, fifteen minutes": modalities applied
     * together run for the same time. Only untimed and bundled ones, which do not add to
     * the timed total.
     */
    private void shareWithConcurrentModality(NormalizedText nt, Layout layout, List<Activity> acts, Activity target, int[] f) {
        if (!isUntimedModality(target)) {
            return;
        }
        java.util.Set<String> given = new java.util.HashSet<>(Set.of(target.mention.term().target()));
        for (Activity a : acts) {
            if (a != target && a.live && a.minutes == null && isUntimedModality(a)
                    // ("MHP lumbar 10' during traction": the traction was timed already)
                    && acts.stream().noneMatch(o -> o.live && o.minutes != null && o.mention.term().target().equals(a.mention.term().target()))
                    && !ownTimeFollows(nt.tokens(), a.mention.to(), f[0]) // ("IFC unattended 15' + moist heat 15'": its own)
                    && given.add(a.mention.term().target()) // one time per code, however many names it was given
                    && layout.sameSentence(a.mention.from(), target.mention.from())
                    && Math.abs(a.mention.from() - target.mention.from()) <= 8
                    && !numberBetween(nt.tokens(), Math.min(a.mention.to(), target.mention.to()),
                            Math.max(a.mention.from(), target.mention.from()))) {
                a.minutes = f[2];
                a.evidence.add(nt.spanOfTokens(f[0], f[1]));
            }
        }
    }

    /**
     * "mechanical traction fifteen minutes at sixty pounds hot pack ...": more than the time
     * between two modalities keeps them apart ("e-stim 15 min with ice pack" is one block).
     */
    private static boolean numberBetween(List<Token> tok, int from, int to) {
        int numbers = 0;
        for (int k = from; k < to; k++) {
            if (tok.get(k).isNumber()) {
                numbers++;
            }
        }
        return numbers >= 2;
    }

    private boolean isUntimedModality(Activity a) {
        return a.kind() == Term.Kind.CATEGORY && codes.code(a.mention.term().target())
                .map(c -> c.billing() != org.rehabscribe.vocab.Billing.TIMED && c.cpt().startsWith("970")).orElse(false);
    }

    /** In typed notes 12' is minutes when it closes the item ("NMR 12'." "MT 15':"); 80' RW is feet. */
    static boolean primeIsMinutes(List<Token> tok, int n, int at, int after) {
        if (n > 60) {
            return false;
        }
        String next = after < tok.size() ? tok.get(after).text() : ".";
        if (Regex.matches(next, "[.,;:)\\-]|\\*nl\\*|of|total|each|today|this")) {
            return true;
        }
        // "IFC x 15' concurrently", "bike 10' for endurance": minutes, unless walking was just named ("amb 50' with RW")
        return !walkingNamed(tok, at) && !Regex.matches(next, "x\\d*|ft|feet|steps|laps|w/|with|rw|fww|spc|cane|walker");
    }

    /** Walking or a walking aid named just before a number: "amb 50' with RW", "gait 30m" are distances. */
    private static boolean walkingNamed(List<Token> tok, int at) {
        int from = Math.max(0, at - 6);
        for (int k = at - 1; k >= from; k--) {
            if (Regex.matches(tok.get(k).text(), "\\.|\\*nl\\*|!|\\?")) {
                from = k + 1; // "S: using SPC in community. NuStep 10' warm-up": the cane was the sentence before's
                break;
            }
        }
        for (int k = from; k < at; k++) {
            if (Regex.matches(tok.get(k).text(), "amb|ambulated|ambulation|ambulating|walked|walk|walking|gait|gt|stairs|steps|distance"
                    + "|feet|ft|hallway|curb|ramp|rw|fww|spc|qc|walker|cane|propulsion|propelled|w/c|wc")) {
                return true;
            }
        }
        return false;
    }

    /** "twenty minutes a day of walking": a habit, not session time. */
    private static boolean frequency(List<Token> tok, int after) {
        StringBuilder sb = new StringBuilder();
        int commas = 0;
        for (int k = after; k < Math.min(tok.size(), after + 6); k++) {
            if (Regex.matches(tok.get(k).text(), "[.;]|\\*nl\\*") || tok.get(k).text().equals(",") && ++commas > 1) {
                break;
            }
            if (!tok.get(k).text().equals(",")) {
                sb.append(tok.get(k).text()).append(' '); // "X1 viewing 1 minute, 3 times a day"
            }
        }
        // "twenty minutes a day", "30 minutes at the mall three days a week", "30 minutes every morning"
        return Regex.matches(sb.toString(), "(?:\\S+ ){0,3}?(a day|per day|daily(?! exercises?| tasks?| activities| living| routine)|a week|per week|each day|every day|/day|/ day|at home|twice|x/|/wk|/ wk|a night|nightly|each time|days / wk|days/wk"
                + "|every (?:morning|evening|night|afternoon|other day)|each (?:morning|evening|night)|most (?:mornings|days|evenings|nights)"
                + "|days a week|times a week|x a week|on (?:his|her|their) own).*");
    }

    /** "SpO2 88%, recovered to 93% in 1 min", "back to baseline within 2 minutes": how long a symptom took, not treatment. */
    private static boolean recoveryTime(List<Token> tok, int at) {
        return at > 1 && Regex.matches(tok.get(at - 1).text(), "in|within|after")
                && Regex.anyToken(tok, at - 8, at - 1, "recovered|recovers|recovering|recovery|baseline|resolved|resolves|subsided|"
                        + "subsides|settled|settles|cleared|clears|normalized|rebounded|returned");
    }

    /**
     * "Her PSFS for meal prep is seven, it was four.": a bare number said of a score just given,
     * in a sentence naming a measure, is the score's earlier value, not minutes.
     */
    private static boolean scoreBefore(List<Token> tok, Layout layout, List<Mention> measures, TimeSaid f) {
        if (f.explicit()) {
            return false;
        }
        for (int k = f.from(); k < f.to(); k++) {
            if (tok.get(k).isNumber() && MeasureReader.earlierValueAfterScore(tok, k)) {
                int score = k - 4;
                return measures.stream().anyMatch(m -> m.to() <= score && layout.sameSentence(m.from(), score));
            }
        }
        return false;
    }

    private static boolean insideMeasure(List<Mention> measures, int at) {
        for (Mention m : measures) {
            if (at >= m.from() && at < m.to()) {
                return true;
            }
        }
        return false;
    }

    /** "we'll start 15 minutes of treadmill walking", "goal is 30 minutes": a time planned, not spent. */
    private boolean futureTime(List<Token> tok, Layout layout, int at) {
        for (int i = Math.max(0, at - 6); i < at; i++) {
            PhraseSet.Hit h = futureTimeCues.at(tok, i);
            if (h != null && h.to() <= at && at - h.to() <= 3 && layout.sameSentence(i, at)
                    // "that was, I want to say twelve": a hedge; "I'll lump those, twenty minutes together": how it is billed
                    && !Regex.matches(tok.get(h.to()).text(), "say|lump|count|call|put|combine|group|bill|write|document|chart")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "... trained in donning, doffing and a wearing schedule, for a total of 31 minutes": the
     * total of what the sentence did, not of the session.
     */
    private static boolean activityTotal(List<Token> tok, Layout layout, List<Activity> acts, int at) {
        if (at < 4 || !String.join(" ", tok.subList(at - 4, at).stream().map(Token::text).toList()).equals("for a total of")) {
            return false;
        }
        for (int k = layout.sentenceStart(at); k < at; k++) {
            if (Regex.matches(tok.get(k).text(), "session|visit|treatment|tx|today")) {
                return false;
            }
        }
        return acts.stream().anyMatch(a -> a.live && a.mention.to() <= at && layout.sameSentence(a.mention.from(), at));
    }

    /** "..., then treadmill 1.2 mph, total gait 18'": the total of a code named after the cue, not the session's. */
    private static boolean codeNamedAfterCue(List<Integer> cues, TimeSaid f, Layout layout, List<Activity> acts) {
        for (int c : cues) {
            if (c < f.from() && f.from() - c <= 4 && layout.sameSentence(c, f.from())
                    && acts.stream().anyMatch(a -> a.live && a.mention.from() > c && a.mention.to() <= f.from() && a.minutes == null)) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterCue(List<Integer> cues, int at, Layout layout) {
        for (int c : cues) {
            if (c < at && at - c <= 4 && layout.sameSentence(c, at)) {
                return true;
            }
        }
        return false;
    }

    /** "..., which I did not count", "not counting a five minute break": the time said already leaves the rest out. */
    private static boolean restNotCounted(List<Token> tok, int from, int to) {
        StringBuilder said = new StringBuilder();
        for (int k = from; k < to; k++) {
            said.append(tok.get(k).text()).append(' ');
        }
        return Regex.matches(said.toString(), ".*\\b(?:not counting|not including|excluding|minus|did not count|didn't count|did n't count|"
                + "not counted|don't count|do n't count|doesn't count|without the)\\b.*");
    }

    /** A modality named earlier in the sentence of the time at {@code at} ("hot pack to the hip at the end, ten minutes"). */
    private static boolean modalityBefore(List<Token> tok, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 15) && !Regex.matches(tok.get(k).text(), "[.;]|\\*nl\\*"); k--) {
            if (Regex.matches(tok.get(k).text(), "pack|packs|heat|ice|cold|stim|e-stim|tens|ifc|traction|paraffin|ultrasound|vaso|"
                    + "whirlpool|fluidotherapy|laser|diathermy|iontophoresis|ionto|mhp|cryotherapy")) {
                return true;
            }
        }
        return false;
    }

    private static boolean restNear(List<Token> tok, int at) {
        StringBuilder clause = new StringBuilder();
        for (int k = at + 1; k < Math.min(tok.size(), at + 22) && !Regex.matches(tok.get(k).text(), "[.;]|\\*nl\\*"); k++) {
            clause.append(tok.get(k).text()).append(' ');
        }
        if (Regex.matches(clause.toString(), ".*, (?:so )?(?:(?:that|it|this) (?:'s |is |was |were )?)?(?:not|n't|is not|was not|wasn't|isn't) (?:treatment|billable|billed|skilled|therapy|counted)\\b.*")) {
            return true; // "the first ten minutes was vitals and his med list with his daughter, not treatment"
        }
        StringBuilder lead = new StringBuilder();
        for (int k = Math.max(0, at - 4); k < at; k++) {
            lead.append(tok.get(k).text()).append(' ');
        }
        if (Regex.matches(lead.toString(), ".*\\b(?:(?:come|comes|came|coming) on after|(?:start|starts|started|begin|begins|appear|appears|kick in|kicks in|kicked in|show up|shows up) after)"
                + "(?: (?:about|around|roughly|maybe))? ")) {
            return true; // "the leg symptoms only come on after about ten minutes of walking now"
        }
        if (Regex.matches(lead.toString(), ".*\\b(?:tolerance (?:is|was|of|now|up to|improved to|increased to|at)|tolerates|tolerated|can tolerate|tolerating)"
                + "(?: (?:about|around|up to|only|roughly|maybe|approximately|approx|now))? ")) {
            return true; // "screen tolerance is about 40 minutes", "tolerates 20 minutes of sitting": a capacity, not a time spent
        }
        if (at + 2 < tok.size() && Regex.matches(tok.get(at + 2).text(), "left|remaining|to go")) {
            return true; // "we only had about six minutes left"
        }
        StringBuilder next = new StringBuilder();
        for (int k = at + 1; k < Math.min(tok.size(), at + 9); k++) {
            next.append(tok.get(k).text()).append(' ');
        }
        if (Regex.matches(next.toString(), "(?:minutes? |mins? |min )?(?:, )?(?:were |was )?(?:i 'm |i am |we 're |we are |i was |we were )?(?:lost|not counted|not included|not billed|"
                + "i did n't count|i didn't count|did n't count|didn't count|i did not count|not counting (?:that|it|this)|not billing (?:that|it|this)|off the clock|excluded)\\b.*"
                + "|(?:minutes? |mins? )?(?:of walking |walking )?before (?:the |his |her |any )?(?:\\w+ )?(?:symptoms?|pain|numbness|tingling|cramping|fatigue|burning|headaches?|dizziness|nausea)\\b.*")
                || at > 0 && Regex.matches(tok.get(at - 1).text(), "lost|lose")
                || at > 1 && Regex.matches(tok.get(at - 2).text(), "lost|lose") && !tok.get(at - 1).isNumber()) {
            return true; // "approx 5 min lost, not counted", "about three minutes, I didn't count that"
        }
        for (int k = at + 1; k < Math.min(tok.size(), at + 7); k++) {
            if (Regex.matches(tok.get(k).text(), "[.,;:]|\\*nl\\*")) {
                break;
            }
            // "the last ten minutes he sat and rested"; but "twenty eight minutes, we started late" is the time
            // ("hot pack to the hip, ten minutes while she rested": the time the pack was on)
            boolean whileResting = Regex.matches(tok.get(k).text(), "rested|resting") && Regex.anyToken(tok, Math.max(at + 1, k - 3), k, "while|as")
                    && modalityBefore(tok, at);
            // "twelve minutes not counting his rest breaks", "twelve minutes with rest breaks in between that I'm not
            // counting": the time is the work's, the rests left out of it
            boolean restsLeftOut = Regex.anyToken(tok, Math.max(at + 1, k - 4), k, "excluding|minus|without|counting|including")
                    && !Regex.anyToken(tok, Math.max(at + 1, k - 4), k, "with|plus")
                    || Regex.anyToken(tok, Math.max(at + 1, k - 3), k, "with") && Regex.anyToken(tok, k, Math.min(tok.size(), k + 9), "counting|counted|count")
                    && Regex.anyToken(tok, k, Math.min(tok.size(), k + 9), "not|n't|didn't|don't|wasn't");
            if (!whileResting && !restsLeftOut && Regex.matches(tok.get(k).text(), "rest|rested|resting|break|breaks|wait|waited|waiting|delay|billable")
                    || tok.get(k).text().equals("late") && k <= at + 2) {
                return true; // "a 10 minute seated rest", "took a 5 minute break", "arrived 10 minutes late"
            }
        }
        if (at + 2 < tok.size() && tok.get(at).isNumber() && tok.get(at).number() <= 3 && tok.get(at + 1).text().equals("minute")
                && Character.isLetter(tok.get(at + 2).text().charAt(0)) && !Regex.matches(tok.get(at + 2).text(), "of|on|with|for|and|or")) {
            return true; // "a 2-minute cancellation task": how long the task is, not the session's time
        }
        StringBuilder before = new StringBuilder();
        for (int k = Math.max(0, at - 5); k < at; k++) {
            before.append(tok.get(k).text()).append(' ');
        }
        if (Regex.matches(before.toString(), ".*\\b(?:(?:tolerating|tolerates) (?:sitting|standing|walking|sit|stand|walk|driving)|able to (?:sit|stand|walk|drive)|can (?:now )?(?:sit|stand|walk|drive))\\b.*")) {
            return true; // "he's tolerating sitting about an hour now": what he can do, not session time
        }
        for (int k = at - 1; k >= Math.max(0, at - 6); k--) {
            String w = tok.get(k).text();
            if (w.equals(")")) {
                break;
            }
            if (w.equals("(")) {
                if (k < at - 1 && !tok.get(k + 1).isNumber()) {
                    return true; // "pressure relief (forward lean 2 min)": a detail of the item, not its time
                }
                break;
            }
        }
        if (at > 1 && tok.get(at - 1).text().equals("of") && Regex.matches(tok.get(at - 2).text(), "sets?|rounds?|bouts?|intervals?|reps?")
                || at > 1 && Regex.matches(tok.get(at - 1).text(), "x|by") && tok.get(at - 2).isNumber()) {
            return true; // "3 sets of 1 minute", "4 x 2 minutes": a dose, not the activity's time
        }
        for (int k = at - 1; k >= Math.max(0, at - 7) && !Regex.matches(tok.get(k).text(), "[.;,:]|\\*nl\\*") && !tok.get(k).isNumber(); k--) {
            if (Regex.matches(tok.get(k).text(), "rested|resting")) {
                return true; // "she rested on the bench a good five minutes"
            }
        }
        for (int k = Math.max(0, at - 3); k < at; k++) {
            if (Regex.matches(tok.get(k).text(), "lasting|lasts")) {
                return true; // "morning stiffness lasting about an hour": how long a symptom lasts
            }
            if (tok.get(k).text().equals("stiffness") && k >= at - 2 && k > 0 && Regex.matches(tok.get(k - 1).text(), "am|morning|a.m.")) {
                return true; // "AM stiffness ~45 min"
            }
        }
        for (int k = at + 1; k < Math.min(tok.size(), at + 8) && !Regex.matches(tok.get(k).text(), "[.;]"); k++) {
            if (Regex.matches(tok.get(k).text(), "yesterday|weekend") || tok.get(k).text().equals("gym") && tok.get(k - 1).text().equals("the")
                    && tok.get(k - 2).text().equals("at")) {
                return true; // "says he walked twenty minutes on the treadmill at the gym yesterday"
            }
        }
        if (at > 1 && Regex.matches(tok.get(at - 1).text(), "from|to") && Regex.matches(tok.get(at - 2).text(),
                "down|up|improved|decreased|reduced|increased|dropped|went|time|\\d+|minutes?")) {
            return true; // "dressing time down from twelve minutes to eight minutes": a measure of how fast, not treatment
        }
        if (at > 1 && Regex.matches(tok.get(at - 2).text(), "he|she|they|pt|patient") && Regex.matches(tok.get(at - 1).text(),
                "(?!was$|is$|has$|does$)[a-z]+s")) {
            return true; // "he ices fifteen minutes after his home exercises": a habit at home
        }
        boolean recovery = false;
        for (int k = Math.max(0, at - 4); k < at; k++) {
            recovery |= Regex.matches(tok.get(k).text(), "recovered|resolved|returned|subsided|settled");
        }
        // "recovered to 90 in 3 minutes"; but "she was wobbly and then settled in, twelve minutes" is the time
        recovery &= at > 0 && Regex.matches(tok.get(at - 1).text(), "in|within|after|by|over");
        // but "then after 8 minute we did gait": "then after" is "afterwards" in some speakers' English
        boolean thenAfter = at > 1 && tok.get(at - 1).text().equals("after")
                && Regex.matches(tok.get(at - 2).text(), "then|and|stopped|stop|quit|ended|up|finished|it|that");
        // "claudication after about five minutes of walking": when symptoms start, not how long
        boolean afterAbout = at > 2 && Regex.matches(tok.get(at - 1).text(), "about|around|roughly|approximately|only|just")
                && tok.get(at - 2).text().equals("after") && !Regex.matches(tok.get(at - 3).text(), "then|and|stopped|finished|[.,;]")
                && at + 2 < tok.size() && tok.get(at + 2).text().equals("of"); // (but "after about three minutes she got short of breath")
        if (at > 0 && Regex.matches(tok.get(at - 1).text(), "after|within") && !thenAfter || recovery || afterAbout
                || at > 1 && Regex.matches(tok.get(at - 1).text(), "about|under|approximately|roughly") && tok.get(at - 2).text().equals("in")) {
            return true; // "skin check after 20 minutes of wear", "recovered to 90 in 3 minutes": when, not how long
        }
        if (at > 0 && Regex.matches(tok.get(at - 1).text(), "q\\d*|every")
                || at > 1 && tok.get(at - 1).text().equals("-") && Regex.matches(tok.get(at - 2).text(), "q\\d+")) {
            return true; // "pressure relief q15-30 min", "q 2 h": how often, not how long
        }
        if (at > 1 && tok.get(at - 1).text().equals("the") && tok.get(at - 2).text().equals("in") && at + 2 < tok.size()
                && Regex.matches(tok.get(at + 2).text(), "they|they're|she|he|she's|he's|it|allowed|given|available")) {
            return true; // "about half of her sentence done in the fifteen minutes they're given"
        }
        if (at + 3 < tok.size() && Regex.matches(tok.get(at + 1).text(), "hours?|hrs?|minutes?|mins?") && tok.get(at + 2).text().equals("on")
                && Regex.matches(tok.get(at + 3).text(), "then|and|,|/|off")) {
            return true; // "the wear schedule, one hour on then check": wearing time
        }
        if (at > 0 && tok.get(at - 1).text().equals("each")
                && !(at > 1 && Regex.matches(tok.get(at - 2).text(), "reps?|sets?|times|seconds?|secs?|sides?|ways?|directions?|legs?|arms?"))) {
            return true; // "each 10 minutes"; but "30 seconds each, about nine minutes", "ten reps each eight minutes" is a time
        }
        for (int k = Math.max(0, at - 3); k < at; k++) {
            if (Regex.matches(tok.get(k).text(), "[;,]")) {
                continue; // "1 standing rest; 10 min": the rest was an item of its own
            }
            if (tok.get(k).text().equals("per") && k < at - 1) {
                continue; // "1.2 watts per centimeter squared 8 minutes": a dose, then the time
            }
            if (tok.get(k).text().equals("times") && k < at - 1 && !Regex.matches(tok.get(k + 1).text(), "a|per|daily|weekly|each")) {
                continue; // "sixty feet four times contact guard fourteen minutes": how often it was walked, then the time
            }
            if (tok.get(k).text().equals("times") && k == at - 1 && !(k > 0 && Regex.matches(tok.get(k - 1).text(), "\\d+|a|two|few"))) {
                continue; // "gait training times fifteen minutes": "x 15 min" said aloud; but "3 times 10 minutes" is bouts
            }
            if (Regex.matches(tok.get(k).text(), "rest|resting|break|breaks|every|per|daily|times|waiting|wait")
                    // ("planning rest breaks, eighteen minutes": rests planned are what was taught)
                    && !(Regex.matches(tok.get(k).text(), "rest|resting|break|breaks")
                        && Regex.anyToken(tok, Math.max(0, k - 2), k, "scheduled|planned|pacing|schedule|built|planning|scheduling|incorporating"))
                    && !Regex.matches(String.join(" ", tok.subList(k, at).stream().map(Token::text).toList()), ".*[;,].*")) {
                return true;
            }
        }
        return false;
    }

    /** "Billing: ther ex 25 minutes, NMR 10 minutes": a closing summary restates the times given before it. */
    private static boolean summarySentence(List<Token> tok, Layout layout, int at) {
        int start = layout.sentenceStart(at);
        return Regex.matches(tok.get(start).text(), "billing|billed|charges|charged|charge|coding|coded|units|summary");
    }

    /**
     * "TE for core strength: bird dog 2x10, press ups. Total 15m.": a bare "total" right after an
     * item that has no time yet is that item's total, not the session's.
     */
    private static boolean itemTotal(List<Token> tok, Layout layout, List<Activity> acts, int at) {
        int k = at - 1;
        while (k >= 0 && Regex.matches(tok.get(k).text(), "[:=\\-]|of|was|is|about|approx|~")) {
            k--;
        }
        if (k < 0 || !tok.get(k).text().equals("total") || k > 0 && !Regex.matches(tok.get(k - 1).text(), "\\.|;|\\*nl\\*|,")) {
            return false;
        }
        Activity last = null;
        for (Activity a : acts) {
            if (a.live && a.mention.to() <= k && layout.sentence(k) - layout.sentence(a.mention.from()) <= 1) {
                last = a;
            }
        }
        return last != null && last.minutes == null;
    }

    /** No sentence or line end from {@code from} to {@code to} (a semicolon does not end a typed line). */
    static boolean sameLine(List<Token> tok, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Regex.matches(tok.get(k).text(), "\\.|\\*nl\\*|!|\\?")) {
                return false;
            }
        }
        return true;
    }

    static Activity nearest(List<Activity> acts, int from, int to, java.util.function.Predicate<Activity> where,
                                    boolean before) {
        Activity best = null;
        for (Activity a : acts) {
            if (!a.live || !where.test(a)) {
                continue;
            }
            if (before && a.mention.to() <= from) {
                best = a; // later ones are nearer
            } else if (!before && a.mention.from() >= to) {
                return a;
            }
        }
        return best;
    }

    /** "the remainder of the session", "a subsequent visit": a part of the session or another one, not its length. */
    boolean shareOfSession(String text, int cueStart) {
        return patterns.get("total_time_share").matcher(text.substring(Math.max(0, cueStart - 24), cueStart)).find();
    }
}
