package org.rehabscribe.extract;

import java.util.List;
import java.util.Set;

/**
 * Where sentences, clauses and segments begin in a token stream. A sentence ends at . ! ? ;
 * or a line break; a clause also ends before a boundary phrase ("then", "next", "after
 * that"), so that run-on speech still falls into activity-sized pieces; a segment also ends
 * at a comma, colon or "but".
 */
public final class Layout {
    private static final Set<String> SENTENCE_END = Set.of(".", "!", "?", ";", "*nl*");

    private final int[] sentence;
    private final int[] clause;
    private final int[] segment;

    public Layout(List<Token> tokens, PhraseSet boundaries, PhraseSet clauseBoundaries) {
        sentence = new int[tokens.size()];
        clause = new int[tokens.size()];
        segment = new int[tokens.size()];
        int s = 0;
        int c = 0;
        int g = 0;
        boolean newSentence = false;
        boolean newSegment = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            boolean newClause = false;
            if (newSentence) {
                s++;
                newSentence = false;
                newSegment = true;
                newClause = true;
            }
            if (i > 0 && boundaries.at(tokens, i) != null) {
                newSegment = true;
            }
            if (i > 0 && clauseBoundaries.at(tokens, i) != null) {
                newSegment = true;
                newClause = true;
            }
            if (newClause) {
                c++;
            }
            if (newSegment) {
                g++;
                newSegment = false;
            }
            sentence[i] = s;
            clause[i] = c;
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

    /** The first token of the sentence that holds {@code token}. */
    public int sentenceStart(int token) {
        int start = token;
        while (start > 0 && sentence[start - 1] == sentence[token]) {
            start--;
        }
        return start;
    }

    public int segment(int token) {
        return segment[token];
    }

    public boolean sameSentence(int a, int b) {
        return sentence[a] == sentence[b];
    }

    /** Same sentence and no "then", "next", "after that" between: one breath of run-on speech. */
    public boolean sameClause(int a, int b) {
        return clause[a] == clause[b];
    }

    public boolean sameSegment(int a, int b) {
        return segment[a] == segment[b];
    }
}
