package org.rehabscribe.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A closing list of each item's time, after the items were described without one: "Times,
 * heat ten, mobs fourteen, pulley and wand ten, functional eight." "Minutes: MHP 10, MT 14, TE
 * 10." Each label names an item said earlier, by a vocabulary term ("mobs" for the joint
 * mobilisations) or by a word of the sentence that described it ("functional" for "then the
 * functional piece, reaching up to an overhead shelf and lifting his toolbox"). Stateless.
 */
final class TimeBlock {
    /** Words that open such a list. */
    private static final String CUE = "times|time|timing|timings|minutes|mins|breakdown";
    private static final String FILLER = "and|so|um|uh|okay|ok|,|the|my|then|for";
    /** Words too common to tie a label to the sentence that described its item. */
    private static final String COMMON = "the|and|with|that|this|then|some|work|stuff|part|piece|exercise|exercises|"
            + "training|activity|activities|session|time|minutes";

    /** One item's time: the number's tokens, the minutes, and the activity it is the time of. */
    record Entry(int from, int to, int minutes, Activity target) {}

    /** A list found: its tokens [from, to), its entries, and the activities only named in it as labels. */
    record Block(int from, int to, List<Entry> entries, List<Activity> labels) {}

    private TimeBlock() {}

    static List<Block> read(List<Token> tok, Layout layout, List<Activity> acts) {
        List<Block> out = new ArrayList<>();
        for (int s = 0; s < tok.size(); s++) {
            if (s > 0 && layout.sameSentence(s - 1, s)) {
                continue;
            }
            Block b = at(tok, layout, acts, s);
            if (b != null) {
                out.add(b);
            }
        }
        return out;
    }

    private static Block at(List<Token> tok, Layout layout, List<Activity> acts, int start) {
        int k = start;
        while (k < tok.size() && layout.sameSentence(start, k) && Regex.matches(tok.get(k).text(), FILLER)) {
            k++;
        }
        if (k >= tok.size() || !Regex.matches(tok.get(k).text(), CUE)) {
            return null;
        }
        k++;
        while (k < tok.size() && Regex.matches(tok.get(k).text(), "were|was|are|:|,|-|breakdown|today")) {
            k++;
        }
        if (k < tok.size() && Regex.matches(tok.get(k).text(), "\\.|\\*nl\\*") && k + 1 < tok.size()) {
            k++; // "minutes were. manual twelve, ther ex eighteen": a pause after the cue
        }
        int end = k;
        while (end < tok.size() && layout.sameSentence(k, end) && !Regex.matches(tok.get(end).text(), "\\.|\\*nl\\*|!|\\?")) {
            end++;
        }
        int unknown = 0;
        List<Entry> entries = new ArrayList<>();
        List<Activity> labels = new ArrayList<>();
        while (k < end) {
            while (k < end && Regex.matches(tok.get(k).text(), "and|,|;|then|um|uh")) {
                k++;
            }
            int labelFrom = k;
            while (k < end && !tok.get(k).isNumber() && k - labelFrom < 5) {
                k++;
            }
            if (k >= end || !tok.get(k).isNumber() || k == labelFrom) {
                return null;
            }
            double n = tok.get(k).number();
            if (n < 1 || n > 90 || n != Math.floor(n)) {
                return null;
            }
            int labelTo = k;
            int numberFrom = k++;
            if (k < end && Regex.matches(tok.get(k).text(), "minutes?|mins?|min|'")) {
                k++;
            }
            if (!entries.isEmpty() && Regex.allTokens(tok, labelFrom, labelTo, "no|sorry|actually|i|mean|make|that|rather|or|wait")) {
                // "pulley and wand twelve, no, ten": the time just said, corrected
                Entry last = entries.remove(entries.size() - 1);
                entries.add(new Entry(numberFrom, k, (int) n, last.target()));
                continue;
            }
            Activity target = target(tok, layout, acts, start, labelFrom, labelTo, labels);
            if (target == null) {
                if (++unknown > 1) {
                    return null;
                }
                continue; // "date ten" (gait, misheard): one label not understood does not undo the list
            }
            entries.add(new Entry(numberFrom, k, (int) n, target));
        }
        return entries.size() >= 2 ? new Block(start, end, entries, labels) : null;
    }

    /** The earlier item the label names, or the label's own term when nothing earlier matches. */
    private static Activity target(List<Token> tok, Layout layout, List<Activity> acts, int blockStart, int from, int to,
                                   List<Activity> labels) {
        Activity named = null;
        for (Activity a : acts) {
            if (a.mention.from() >= from && a.mention.to() <= to && a.mention.term().kind() != Term.Kind.OTHER) {
                labels.add(a);
                if (named == null) {
                    named = a;
                }
            }
        }
        if (named != null) {
            String code = named.mention.term().target();
            Activity earlier = null;
            for (Activity a : acts) {
                if (a.live && a.mention.to() <= blockStart && code.equals(a.mention.term().target())) {
                    earlier = earlier == null ? a : earlier; // the first mention of the code heads it
                }
            }
            return earlier != null ? earlier : named.live ? named : null;
        }
        // "functional eight": the item whose sentence said "functional"
        for (int k = from; k < to; k++) {
            String w = tok.get(k).text();
            if (w.length() < 4 || Regex.matches(w, COMMON)) {
                continue;
            }
            for (int j = blockStart - 1; j >= 0; j--) {
                if (!tok.get(j).text().equals(w)) {
                    continue;
                }
                for (Activity a : acts) {
                    if (a.live && a.mention.term().kind() != Term.Kind.OTHER && layout.sameSentence(a.mention.from(), j)) {
                        return a;
                    }
                }
                break;
            }
        }
        return null;
    }
}
