package org.rehabscribe.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rehabscribe.vocab.Tsv;

/**
 * A set of cue phrases, each with a tag, found in a token stream by longest match (exact
 * words, plurals folded). Loaded from a one-phrase-a-line file or a two-column TSV whose
 * first column lists alternatives separated by '|'. A word {@value #NUMBER} in a phrase stands
 * for any number ({@code "<n> men"} matches "12 men"). Immutable; thread-safe.
 */
public final class PhraseSet {
    /** A cue found at tokens {@code [from, to)}. */
    public record Hit(String phrase, String tag, int from, int to) {}

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        String tag;
        String phrase;
    }

    /** The word of a phrase that matches any numeric token. */
    public static final String NUMBER = "<n>";

    private final Node root = new Node();

    public static PhraseSet ofTsv(String resource) {
        PhraseSet s = new PhraseSet();
        for (String[] f : Tsv.read(resource, 2)) {
            for (String p : f[0].split("\\|")) {
                s.add(p.trim(), f[1]);
            }
        }
        return s;
    }

    public static PhraseSet ofLines(String resource) {
        PhraseSet s = new PhraseSet();
        for (String line : lines(resource)) {
            s.add(line, "");
        }
        return s;
    }

    /** The non-blank, non-comment lines of a resource file, trimmed. */
    static java.util.Set<String> lines(String resource) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        InputStream in = PhraseSet.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The tokens a cue phrase is matched as, split the way the tokenizer splits text: at spaces
     * and hyphens, and before contractions ("didn't" is "did n't", "we'll" is "we 'll").
     */
    static String[] words(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).strip()
                .replaceAll("(\\w)n't\\b", "$1 n't")
                .replaceAll("(\\w)'(ll|s|re|ve|d|m)\\b", "$1 '$2");
        return p.split("[\\s-]+");
    }

    private void add(String phrase, String tag) {
        Node n = root;
        for (String w : words(phrase)) {
            n = n.next.computeIfAbsent(Stems.stem(w), k -> new Node());
        }
        n.tag = tag;
        n.phrase = phrase;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Hit at(List<Token> tokens, int i) {
        return longest(root, tokens, i, i);
    }

    /** Below {@code n}, the longest phrase of tokens {@code [i, j...)}: a word both as itself and as a number. */
    private static Hit longest(Node n, List<Token> tokens, int i, int j) {
        Hit best = n.tag != null && j > i ? new Hit(n.phrase, n.tag, i, j) : null;
        if (j >= tokens.size()) {
            return best;
        }
        Token t = tokens.get(j);
        for (Node next : new Node[] {n.next.get(Stems.stem(t.text())), t.isNumber() ? n.next.get(NUMBER) : null}) {
            if (next != null) {
                Hit h = longest(next, tokens, i, j + 1);
                if (h != null && (best == null || h.to() > best.to())) {
                    best = h;
                }
            }
        }
        return best;
    }

    /** All non-overlapping hits, left to right. */
    public List<Hit> find(List<Token> tokens) {
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit h = at(tokens, i);
            if (h != null) {
                out.add(h);
                i = h.to();
            } else {
                i++;
            }
        }
        return out;
    }
}
