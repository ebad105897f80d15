package org.rehabscribe.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.rehabscribe.core.Span;

/**
 * Minutes worked out from how the session was laid out in time, for activities given no
 * minutes of their own: "We had forty-five minutes. First fifteen was the bike, then manual
 * until about the half hour mark, and the rest was balance" gives manual 15 and balance 15.
 *
 * <p>The session length comes from what was said ("45 minute session", "we had forty-five
 * minutes", "one hour session"); each phrase that places an activity in it is taken from
 * {@code patterns.tsv} ({@code timeline_*}) and belongs to the nearest activity in its
 * sentence:
 * <ul>
 *   <li>a share: "about a third of the time", "the first third of it";</li>
 *   <li>a mark: "until about the half hour mark", "until the 20 minute mark";</li>
 *   <li>time left: "until the final fifteen", "until there were ten minutes left";</li>
 *   <li>the same again: "the same amount of time on balance";</li>
 *   <li>a multiple: "twice as long as the e-stim";</li>
 *   <li>the rest: "the rest was balance", "after that until the end", "the last part".</li>
 * </ul>
 * Activities are taken in the order they were said; marks and time left count from the
 * minutes of the activities before. "The rest" is worked out last, from everything else.
 * A result that is not a whole positive number of minutes is not used.
 */
final class SessionTimeline {
    enum Kind { SHARE, MARK, LEFT, SAME, TIMES, REST }

    record Place(Kind kind, double value, int from, int to) {}

    private final Patterns patterns;

    SessionTimeline(Patterns patterns) {
        this.patterns = patterns;
    }

    /** The session's length in minutes and where it was said. */
    record Length(int minutes, int from, int to) {}

    /** What one dictation says of its timeline: the session's length (or null) and the phrases that place activities. */
    record Said(Length length, List<Place> places) {
        /** Whether token {@code at} is inside a point in the session ("until the half hour mark"), not a length of time. */
        boolean insidePoint(int at) {
            for (Place p : places) {
                if ((p.kind() == Kind.MARK || p.kind() == Kind.LEFT) && at >= p.from() && at < p.to()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Reads the timeline phrases of a dictation once. */
    Said read(NormalizedText nt) {
        return new Said(length(nt), places(nt));
    }

    private Length length(NormalizedText nt) {
        Matcher m = patterns.get("timeline_session").matcher(nt.text());
        while (m.find()) {
            String n = m.group("n") != null ? m.group("n") : m.group("m") != null ? m.group("m") : m.group("x");
            String h = m.group("h") != null ? m.group("h") : m.group("h2") != null ? m.group("h2") : m.group("h3");
            int minutes = n != null ? Integer.parseInt(n) : h.contains("half") ? 30 : 60;
            if (minutes >= 15 && minutes <= 180) {
                return new Length(minutes, nt.tokenAt(m.start()), nt.tokenAt(m.end() - 1) + 1);
            }
        }
        // "arrived at one o'clock, left at one forty-five", "I was in her room from seven forty-five to eight twenty-five"
        Matcher c = patterns.get("timeline_session_clock").matcher(nt.text());
        while (c.find()) {
            int a = Integer.parseInt(c.group("h1")) * 60 + (c.group("m1") == null ? 0 : Integer.parseInt(c.group("m1")));
            int b = Integer.parseInt(c.group("h2")) * 60 + (c.group("m2") == null ? 0 : Integer.parseInt(c.group("m2")));
            if (b < a) {
                b += 12 * 60; // "eleven forty-five to twelve thirty"
            }
            if (b - a >= 15 && b - a <= 180) {
                return new Length(b - a, nt.tokenAt(c.start()), nt.tokenAt(c.end() - 1) + 1);
            }
        }
        return null;
    }

    /**
     * Gives the activities placed in the session their minutes. {@code paused}: minutes said to be
     * rests or interruptions, part of the session's length but no activity's.
     */
    void complete(Said said, NormalizedText nt, Layout layout, List<Activity> acts, int paused) {
        Length session = said.length();
        List<Place> places = said.places();
        if (places.isEmpty()) {
            return;
        }
        List<Activity> live = acts.stream().filter(a -> a.live).sorted((x, y) -> x.mention.from() - y.mention.from()).toList();
        List<Activity> targets = new ArrayList<>();
        List<Place> placed = new ArrayList<>();
        for (Place p : places) {
            Activity a = nearest(layout, live, p);
            if (a != null && a.minutes == null && !targets.contains(a)) {
                targets.add(a);
                placed.add(p);
            }
        }
        Place rest = null;
        Activity restTarget = null;
        for (int i = 0; i < targets.size(); i++) {
            Activity a = targets.get(i);
            Place p = placed.get(i);
            if (p.kind() == Kind.REST) {
                if (rest != null) {
                    return; // two "rests": which is which cannot be worked out
                }
                rest = p;
                restTarget = a;
                continue;
            }
            Activity before = previousTimed(live, a);
            double minutes = switch (p.kind()) {
                case SHARE -> session == null ? -1 : session.minutes() * p.value();
                case MARK -> p.value() - elapsed(live, a);
                case LEFT -> session == null ? -1 : session.minutes() - p.value() - elapsed(live, a);
                case SAME -> before == null ? -1 : before.minutes;
                case TIMES -> before == null ? -1 : before.minutes * p.value();
                case REST -> -1;
            };
            give(nt, a, minutes, p, session);
        }
        if (restTarget != null && session != null) {
            int others = 0;
            for (Activity o : live) {
                if (o != restTarget && o.minutes != null && o.ownMinutes) {
                    others += o.minutes;
                }
            }
            give(nt, restTarget, session.minutes() - others - paused, rest, session);
        }
    }

    private static void give(NormalizedText nt, Activity a, double minutes, Place p, Length session) {
        if (minutes < 1 || minutes != Math.rint(minutes)) {
            return;
        }
        a.minutes = (int) minutes;
        a.ownMinutes = true;
        a.evidence.add(nt.spanOfTokens(p.from(), p.to()));
        if (session != null) {
            Span s = nt.spanOfTokens(session.from(), session.to());
            if (!a.evidence.contains(s)) {
                a.evidence.add(s);
            }
        }
    }

    /** Minutes of the activities said before {@code a}, each time counted once. */
    private static int elapsed(List<Activity> live, Activity a) {
        int sum = 0;
        for (Activity o : live) {
            if (o.mention.from() < a.mention.from() && o.minutes != null && o.ownMinutes) {
                sum += o.minutes;
            }
        }
        return sum;
    }

    private static Activity previousTimed(List<Activity> live, Activity a) {
        Activity best = null;
        for (Activity o : live) {
            if (o.mention.from() < a.mention.from() && o.minutes != null && o.ownMinutes) {
                best = o;
            }
        }
        return best;
    }

    /** The activity said nearest the phrase in its sentence; after it when equally near. */
    private static Activity nearest(Layout layout, List<Activity> live, Place p) {
        Activity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Activity a : live) {
            int at = a.mention.from();
            if (!layout.sameSentence(at, p.from())) {
                continue;
            }
            int d = at >= p.to() ? at - p.to() : p.from() - a.mention.to() + 1;
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    private List<Place> places(NormalizedText nt) {
        List<Place> out = new ArrayList<>();
        String s = nt.text();
        for (Kind k : Kind.values()) {
            Matcher m = patterns.get("timeline_" + k.name().toLowerCase(java.util.Locale.ROOT)).matcher(s);
            while (m.find()) {
                double v = switch (k) {
                    case SHARE -> share(m.group("count"), m.group("part"));
                    case MARK -> m.group("n") != null ? Integer.parseInt(m.group("n")) : 30;
                    case LEFT -> Integer.parseInt(m.group("n") != null ? m.group("n") : m.group("m"));
                    case TIMES -> m.group("k").startsWith("twice") || m.group("k").startsWith("two") ? 2
                            : m.group("k").startsWith("three") ? 3 : 0.5;
                    case SAME, REST -> 0;
                };
                if (v > 0 || k == Kind.SAME || k == Kind.REST) {
                    out.add(new Place(k, v, nt.tokenAt(m.start()), nt.tokenAt(m.end() - 1) + 1));
                }
            }
        }
        out.sort((x, y) -> x.from() - y.from());
        return out;
    }

    /** "a third" 1/3, "two thirds" 2/3, "the first half" 1/2, "a quarter" 1/4. */
    private static double share(String count, String part) {
        double whole = part.startsWith("third") ? 3 : part.startsWith("quarter") ? 4 : 2;
        return (count != null && Regex.matches(count, "two|2") ? 2 : count != null && Regex.matches(count, "three|3") ? 3 : 1) / whole;
    }
}
