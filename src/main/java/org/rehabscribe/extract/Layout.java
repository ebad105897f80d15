package org.rehabscribe.extract;

import java.util.List;
import java.util.Set;

/**
 * Where sentences and segments begin in a token stream. A sentence ends at . ! ? ; or a line
 * break; a segment also ends before a boundary phrase ("then", "next", "after that") or a
 * comma, so that unpunctuated speech still falls into activity-sized pieces.
 */
public final class Layout {
    private static final Set<String> SENTENCE_END = Set.of(".", "!", "?", ";", "*nl*");

    private final int[] sentence;
    private final int[] segment;

    public Layout(List<Token> tokens, PhraseSet boundaries) {
        sentence = new int[tokens.size()];
        segment = new int[tokens.size()];
        int s = 0;
        int g = 0;
        boolean newSentence = false;
        boolean newSegment = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (newSentence) {
                s++;
                newSentence = false;
                newSegment = true;
            }
            if (!newSegment && i > 0 && boundaries.at(tokens, i) != null) {
                newSegment = true;
            }
            if (newSegment) {
                g++;
                newSegment = false;
            }
            sentence[i] = s;
            segment[i] = g;
            if (SENTENCE_END.contains(t)) {
                newSentence = true;
            } else if (t.equals(",") || t.equals(":") || t.equals("but")) {
                newSegment = true;
            }
        }
    }

    public int sentence(int token) {
        return sentence[token];
    }

    public int segment(int token) {
        return segment[token];
    }

    public boolean sameSentence(int a, int b) {
        return sentence[a] == sentence[b];
    }

    public boolean sameSegment(int a, int b) {
        return segment[a] == segment[b];
    }
}
