package org.rehabscribe.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A Lucene index of the vocabulary by sound, to map what the recognizer heard onto the
 * term the therapist said: "balance draining" to balance training, "verb palins scale" to
 * Berg balance scale, "tandem stands" to tandem stance, "ultra sound" to ultrasound.
 *
 * <p>Each term is indexed under Double Metaphone keys of its words and of 2-3 word
 * shingles joined without a space (so words split or merged by the recognizer still meet),
 * and under trigrams of the whole phrase's key (so near sound-alikes are candidates too);
 * runs of single letters are joined first ("p n f"). A window of transcript words queries
 * the same keys; the best hit is accepted only when the sound of the whole window is close
 * to the sound of the whole term (edit distance of the joined keys) and, for all but the
 * lenient terms, its letters are close to the term's too. Built in memory at
 * start-up; searching is thread-safe.
 */
public final class TermIndex {
    /** A vocabulary phrase heard in words {@code [from, to)}. */
    public record Hit(String phrase, int from, int to, double similarity) {}

    private static final int KEY_LENGTH = 12;
    /**
     * How alike the letters of a heard window and a non-lenient term must be, besides their
     * sound: Double Metaphone drops vowels, so "next session" and "knee extension" share a key.
     */
    private static final double LETTER_SIMILARITY = 0.7;
    private static final int MAX_WINDOW = 5;
    /** Words too common to be rewritten on their own ("from" is not "foam"). */
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "to", "for", "on", "in", "with",
            "from", "at", "is", "was", "it", "he", "she", "we", "they", "her", "his", "i", "that", "this", "then", "so",
            "um", "uh", "no", "not", "be", "by", "as", "up", "out", "off", "did", "do", "go", "all", "set", "sets", "ten",
            "minutes", "minute", "seconds", "times", "well", "good", "more", "less", "some", "very", "had", "has", "have",
            "getting", "string", "copying", "hoping", "my", "your", "our", "per", "via",
            "working", "reduction");

    private final IndexSearcher searcher;
    private final List<String> phrases;
    private final List<String> keys;
    private final List<Integer> wordCounts;

    /** The letters of each term that must also look like what was heard; null for lenient terms. */
    private final List<String> letters;

    private TermIndex(IndexSearcher searcher, List<String> phrases, List<String> keys, List<Integer> wordCounts,
            List<String> letters) {
        this.letters = letters;
        this.searcher = searcher;
        this.phrases = phrases;
        this.keys = keys;
        this.wordCounts = wordCounts;
    }

    public static TermIndex build(List<String> vocabulary) {
        return build(vocabulary, Set.of());
    }

    /**
     * @param lenient terms matched by sound alone (outcome measures, whose names the recognizer
     *     mangles worst: "bartholdy" for Barthel); every other term must also share most of its
     *     letters with what was heard
     */
    public static TermIndex build(List<String> vocabulary, Set<String> lenient) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        List<String> phrases = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (String phrase : vocabulary) {
                List<String> words = words(phrase);
                String joined = String.join("", words);
                // short terms ("us", "te", "rw") sound like too many ordinary words; digits are not heard as such
                if (joined.length() < 5 || !joined.chars().allMatch(Character::isLetter) || !seen.add(joined)) {
                    continue;
                }
                Document d = new Document();
                d.add(new TextField("key", String.join(" ", keysOf(words)), Field.Store.NO));
                d.add(new StoredField("id", phrases.size()));
                w.addDocument(d);
                phrases.add(phrase);
                letters.add(lenient.contains(phrase) ? null : joined);
                keys.add(key(joined));
                counts.add(words.size());
            }
            w.commit();
            return new TermIndex(new IndexSearcher(DirectoryReader.open(dir)), List.copyOf(phrases), List.copyOf(keys),
                    List.copyOf(counts), Collections.unmodifiableList(letters));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Vocabulary phrases heard in {@code words}, left to right, not overlapping, skipping the
     * word positions in {@code taken} (already matched exactly).
     */
    public List<Hit> find(List<String> words, boolean[] taken) {
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Hit best = null;
            for (int len = MAX_WINDOW; len >= 1; len--) {
                if (i + len > words.size() || anyTaken(taken, i, i + len) || !worthTrying(words, i, i + len)) {
                    continue;
                }
                Hit h = lookup(words.subList(i, i + len), i);
                if (h != null && (best == null || h.similarity() > best.similarity())) {
                    best = h; // the window that sounds most like a term, not merely the longest
                }
            }
            if (best != null) {
                out.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return out;
    }

    private Hit lookup(List<String> window, int from) {
        List<String> norm = new ArrayList<>();
        for (String w : window) {
            norm.addAll(words(w));
        }
        String joined = String.join("", norm);
        // a single heard word is rewritten only when it is long and sounds exactly like a long term
        boolean single = window.size() == 1;
        if (joined.length() < (single ? 5 : 4)) {
            return null;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String k : keysOf(norm)) {
            q.add(new TermQuery(new Term("key", k)), BooleanClause.Occur.SHOULD);
        }
        try {
            String windowKey = key(joined);
            Hit best = null;
            for (ScoreDoc sd : searcher.search(q.build(), 10).scoreDocs) {
                int id = searcher.storedFields().document(sd.doc).getField("id").numericValue().intValue();
                if (Math.abs(wordCounts.get(id) - window.size()) > 2
                        || single && phrases.get(id).replace(" ", "").length() < 6) {
                    continue;
                }
                if (!differingWordsSoundAlike(phrases.get(id), norm)) {
                    continue; // "prone" is not "prone y", "putting on his jacket" not "putting on his socks"
                }
                String termKey = keys.get(id);
                if (windowKey.isEmpty() || termKey.isEmpty() || windowKey.charAt(0) != termKey.charAt(0)) {
                    continue; // the recognizer rarely gets the first sound wrong; other tails are coincidence
                }
                double sim = similarity(windowKey, termKey);
                if (letters.get(id) != null && similarity(joined, letters.get(id)) < LETTER_SIMILARITY) {
                    continue; // sounds alike only because the key drops the vowels
                }
                double need = threshold(termKey.length(), single) + (termKey.charAt(0) == 'A' ? 0.1 : 0);
                if (sim >= need && (best == null || sim > best.similarity())) {
                    best = new Hit(phrases.get(id), from, from + window.size(), sim);
                }
            }
            return best;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Words heard exactly as the term opens prove nothing about the rest: with the words the two
     * share at the start set aside, what was heard must sound like what the term has after
     * them, on its own. "prone" is not "prone y" (the words heard are right, the rest was never
     * said), "putting on his jacket" is not "putting on his socks"; "straight game" is
     * "straight cane".
     */
    private static boolean differingWordsSoundAlike(String phrase, List<String> heard) {
        List<String> term = words(phrase);
        int head = 0;
        while (head < term.size() && head < heard.size() && term.get(head).equals(heard.get(head))) {
            head++;
        }
        if (head == 0) {
            return true; // nothing shared at the start: the whole window was compared already
        }
        String heardRest = String.join("", heard.subList(head, heard.size()));
        String termRest = String.join("", term.subList(head, term.size()));
        if (heardRest.isEmpty() || termRest.isEmpty()) {
            return false;
        }
        String hk = key(heardRest);
        String tk = key(termRest);
        return !hk.isEmpty() && !tk.isEmpty() && hk.charAt(0) == tk.charAt(0) && similarity(hk, tk) >= 0.5;
    }

    /** Short keys must sound the same; long ones may differ in a sound or two. */
    private static double threshold(int keyLength, boolean single) {
        if (single || keyLength <= 5) {
            return 1.0;
        }
        return keyLength >= 10 ? 0.72 : 0.8;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    /** A window is worth a look when it has a content word and does not start or end on a stop word. */
    private static boolean worthTrying(List<String> words, int from, int to) {
        if (STOP.contains(words.get(from)) || STOP.contains(words.get(to - 1))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = words.get(k);
            if (!w.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case letter words; runs of single letters joined ("p n f" -> "pnf"). */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
                letters.append(w);
                continue;
            }
            if (letters.length() > 0) {
                out.add(letters.toString());
                letters.setLength(0);
            }
            out.add(w);
        }
        if (letters.length() > 0) {
            out.add(letters.toString());
        }
        return out;
    }

    /** Keys of single words and of 2-3 word shingles joined without a space. */
    static Set<String> keysOf(List<String> words) {
        Set<String> keys = new LinkedHashSet<>();
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= words.size(); i++) {
                String k = key(String.join("", words.subList(i, i + n)));
                if (!k.isEmpty()) {
                    keys.add(k);
                }
            }
        }
        String whole = key(String.join("", words));
        keys.add(whole);
        // trigrams of the whole key let a sound-alike split differently still be found
        for (int i = 0; i + 3 <= whole.length(); i++) {
            keys.add("~" + whole.substring(i, i + 3));
        }
        return keys;
    }

    static String key(String s) {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(KEY_LENGTH);
        String k = dm.doubleMetaphone(s);
        return k == null ? "" : k;
    }

    /** 1 minus the edit distance of two keys over the longer length. */
    static double similarity(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1 : 1 - (double) prev[b.length()] / max;
    }
}
