package org.rehabscribe.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rehabscribe.vocab.Tsv;

/**
 * Finds vocabulary phrases in a token stream: longest match first, left to right, no
 * overlaps, over light stems ({@link Stems}). Immutable after loading; thread-safe.
 */
public final class TermMatcher {
    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        Term term;
    }

    private final Node root = new Node();
    private final List<Term> terms = new ArrayList<>();
    /** Phrases flagged {@code exact}: matched only as written, never by sound in a recognizer's words. */
    private final java.util.Set<String> exactOnly = new java.util.HashSet<>();

    public static TermMatcher load(String resource) {
        TermMatcher m = new TermMatcher();
        for (String[] f : Tsv.read(resource, 4)) {
            Term.Kind kind = Term.Kind.valueOf(f[1].toUpperCase(Locale.ROOT));
            for (String phrase : f[0].split("\\|")) {
                String test = f[3].startsWith("test:") ? f[3].substring(5) : null;
                m.add(new Term(phrase.trim(), kind, f[2], f[3].equals("amb"), f[3].equals("weak"), test));
                if (f[3].equals("exact")) {
                    m.exactOnly.add(phrase.trim());
                }
            }
        }
        // treatment codes said aloud (Normalizer reads "ninety-seven one ten" as "cpt97110"): weak names of their codes
        for (String code : SpokenCommands.treatmentCodes()) {
            m.add(new Term(SpokenCommands.SPOKEN_CODE_PREFIX + code, Term.Kind.CATEGORY, code, false, true, null));
        }
        return m;
    }

    private void add(Term t) {
        Node n = root;
        for (String w : PhraseSet.words(t.phrase())) {
            n = n.next.computeIfAbsent(Stems.stem(w), k -> new Node());
        }
        n.term = t;
        terms.add(t);
    }

    /** Whether the phrase is matched only as written ("pros training"): a recognizer's words are never matched to it by sound. */
    public boolean exactOnly(String phrase) {
        return exactOnly.contains(phrase);
    }

    public List<Term> terms() {
        return List.copyOf(terms);
    }

    public List<Mention> find(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Node n = root;
            Term best = null;
            int bestEnd = -1;
            for (int j = i; j < tokens.size(); j++) {
                n = n.next.get(Stems.stem(tokens.get(j).text()));
                if (n == null) {
                    break;
                }
                if (n.term != null) {
                    best = n.term;
                    bestEnd = j + 1;
                }
            }
            if (best != null) {
                out.add(new Mention(best, i, bestEnd));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return out;
    }
}
