package org.rehabscribe.speech;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word n-gram language model of a Vosk lookahead graph ({@code graph/Gr.fst}), with its arc
 * costs open to change. Structure (which n-grams exist) is read-only.
 *
 * <p>Format: an OpenFst file of type {@code ngram} (OpenFst's {@code extensions/ngram}, after
 * Sorensen and Allauzen, "Unary data structures for language models", 2011): the usual FST
 * header and word symbol table, then the model as flat little-endian arrays. States form a
 * tree of contexts stored as LOUDS bits; state 0 is the unigram state (empty context), and a
 * child adds one older word to its parent's context. Each state's arcs ("futures") are runs in
 * one array of words and one of costs (negative natural log probabilities); an arc missing
 * from a state is reached through the state's backoff, which this class leaves alone.
 *
 * <p>Not thread-safe; a read model is edited and written by one thread.
 */
public final class NgramFst {
    private static final int FST_MAGIC = 0x7eb2fdd6;
    private static final int SYMBOLS_MAGIC = 0x7eb2fb74;
    private static final int HAS_INPUT_SYMBOLS = 1;
    private static final int HAS_OUTPUT_SYMBOLS = 2;
    private static final int VERSION = 4;

    private final byte[] bytes;
    private final ByteBuffer buf;
    private final Map<String, Integer> ids;
    private final String[] words;
    private final int states;
    private final int futures;
    private final long contextBits;
    private final long futureBits;
    private final long contextWords;
    private final long futureWords;
    private final long futureCosts;
    private int[] parent; // computed on first use
    private int[] firstChild; // computed on first use; 0 when a state has no children
    private int[] children; // computed on first use
    private int[] firstFuture; // computed on first use; one entry more than states

    private NgramFst(byte[] bytes) throws IOException {
        this(bytes, null);
    }

    /** {@code sameHeader}: a model whose header and word list {@code bytes} start with, or null. */
    private NgramFst(byte[] bytes, NgramFst sameHeader) throws IOException {
        this.bytes = bytes;
        this.buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (sameHeader != null) { // skip parsing the word list again
            this.words = sameHeader.words;
            this.ids = sameHeader.ids;
            buf.position(Math.toIntExact(sameHeader.contextBits - 24));
        } else {
            String[] table = header();
            this.words = table;
            this.ids = new HashMap<>(words.length * 2);
            for (int i = 0; i < words.length; i++) {
                if (words[i] != null) {
                    ids.put(words[i], i);
                }
            }
        }
        int data = buf.position();
        long numStates = buf.getLong();
        long numFutures = buf.getLong();
        long numFinal = buf.getLong();
        this.states = Math.toIntExact(numStates);
        this.futures = Math.toIntExact(numFutures);
        long at = data + 24L;
        contextBits = at;
        at += 8 * words64(2 * numStates + 1);
        futureBits = at;
        at += 8 * words64(numFutures + numStates + 1);
        at += 8 * words64(numStates); // which states are final
        contextWords = at;
        at += 4 * (numStates + 1);
        futureWords = at;
        at += 4 * numFutures;
        at = data + ((at - data + 3) & ~3L); // costs are aligned to their size within the data
        at += 4 * (numStates + 1); // backoff costs
        at += 4 * numFinal; // final costs
        futureCosts = at;
        at += 4 * (numFutures + 1);
        if (at != bytes.length) {
            throw new IOException("ngram model of " + bytes.length + " bytes, expected " + at);
        }
    }

    /** Reads the FST header up to the data; returns the word list. */
    private String[] header() throws IOException {
        if (buf.getInt() != FST_MAGIC) {
            throw new IOException("not an OpenFst file");
        }
        String type = string();
        String arcType = string();
        int version = buf.getInt();
        if (!type.equals("ngram") || !arcType.equals("standard") || version != VERSION) {
            throw new IOException("not an OpenFst ngram model (type " + type + ", arcs " + arcType + ", version "
                    + version + ")");
        }
        int flags = buf.getInt();
        buf.position(buf.position() + 8 * 4); // properties, start, states, arcs
        String[] input = (flags & HAS_INPUT_SYMBOLS) != 0 ? symbols() : null;
        String[] output = (flags & HAS_OUTPUT_SYMBOLS) != 0 ? symbols() : null;
        String[] table = output != null ? output : input;
        if (table == null) {
            throw new IOException("ngram model without a word list");
        }
        return table;
    }

    /** Reads {@code graph/Gr.fst} or any OpenFst ngram file. */
    public static NgramFst read(Path file) throws IOException {
        try {
            return new NgramFst(Files.readAllBytes(file));
        } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException | ArithmeticException e) {
            throw new IOException("truncated or damaged ngram model", e);
        }
    }

    /** Writes the model, with any changed costs, in the format it was read in. */
    public void write(Path file) throws IOException {
        Files.write(file, bytes);
    }

    /** The id of {@code word} in the model's vocabulary, or -1. */
    public int id(String word) {
        Integer id = ids.get(word);
        return id == null ? -1 : id;
    }

    /** The word with {@code id}, or null. */
    public String word(int id) {
        return id >= 0 && id < words.length ? words[id] : null;
    }

    public int states() {
        return states;
    }

    /** The unigram state: its arcs are every word's unigram cost. */
    public int unigramState() {
        return 0;
    }

    /**
     * The words of {@code state}'s context, oldest first (empty for the unigram state); the
     * state's arcs give the cost of each word after them.
     */
    public List<String> context(int state) {
        index();
        // a child adds the word before its parent's context: walking up reads oldest first
        List<String> oldestFirst = new ArrayList<>();
        for (int s = state; s > 0; s = parent[s]) {
            oldestFirst.add(word(contextWord(s)));
        }
        return oldestFirst;
    }

    /**
     * The state whose context is exactly {@code context} (oldest word first), or -1 when the
     * model has none (it then backs off to a shorter context).
     */
    public int state(List<String> context) {
        index();
        int node = 0;
        for (int i = context.size() - 1; i >= 0; i--) {
            int word = id(context.get(i));
            if (word < 0 || children[node] == 0) {
                return -1;
            }
            // a state's children are consecutive states, sorted by the word each adds
            int lo = firstChild[node];
            int hi = lo + children[node] - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int w = contextWord(mid);
                if (w < word) {
                    lo = mid + 1;
                } else if (w > word) {
                    hi = mid - 1;
                } else {
                    found = mid;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            node = found;
        }
        return node;
    }

    /** One more than the largest word id. */
    public int vocabularySize() {
        return words.length;
    }

    private int contextWord(int state) {
        return buf.getInt(Math.toIntExact(contextWords + 4L * state));
    }

    /** Index of the first arc of {@code state}; its arcs run to {@link #arcsEnd}. */
    public int arcsStart(int state) {
        index();
        return firstFuture[state];
    }

    public int arcsEnd(int state) {
        index();
        return firstFuture[state + 1];
    }

    /** Total arcs of every state (backoff arcs not counted). */
    public int arcs() {
        return futures;
    }

    public int arcWord(int arc) {
        return buf.getInt(Math.toIntExact(futureWords + 4L * arc));
    }

    /** The arc's cost: minus the natural log of the word's probability after the context. */
    public float arcCost(int arc) {
        return buf.getFloat(Math.toIntExact(futureCosts + 4L * arc));
    }

    public void setArcCost(int arc, float cost) {
        buf.putFloat(Math.toIntExact(futureCosts + 4L * arc), cost);
    }

    /**
     * A copy of this model with more arcs: {@code added} maps a state to the words (ids) it
     * gains and their costs. Words the state already has an arc for are ignored. Contexts,
     * backoffs and final costs are unchanged; an arc's destination is implicit in this format
     * (the longest context the model has for the state's words plus the arc's).
     */
    public NgramFst withArcs(Map<Integer, Map<Integer, Float>> added) throws IOException {
        index();
        int[] newWords = new int[futures + added.values().stream().mapToInt(Map::size).sum()];
        float[] newCosts = new float[newWords.length];
        int[] counts = new int[states];
        int n = 0;
        for (int s = 0; s < states; s++) {
            Map<Integer, Float> more = added.get(s);
            if (more == null) { // most states: their arcs as they are
                for (int a = firstFuture[s]; a < firstFuture[s + 1]; a++) {
                    newWords[n] = arcWord(a);
                    newCosts[n++] = arcCost(a);
                }
                counts[s] = firstFuture[s + 1] - firstFuture[s];
                continue;
            }
            java.util.TreeMap<Integer, Float> arcs = new java.util.TreeMap<>(); // arcs stay sorted by word
            for (int a = firstFuture[s]; a < firstFuture[s + 1]; a++) {
                arcs.put(arcWord(a), arcCost(a));
            }
            for (Map.Entry<Integer, Float> e : more.entrySet()) {
                arcs.putIfAbsent(e.getKey(), e.getValue());
            }
            for (Map.Entry<Integer, Float> e : arcs.entrySet()) {
                newWords[n] = e.getKey();
                newCosts[n++] = e.getValue();
            }
            counts[s] = arcs.size();
        }
        int f = n;
        long header = contextBits - 24; // the data starts with three counts
        long contextSize = 8 * words64(2L * states + 1);
        long finalBitsSize = 8 * words64(states);
        long oldFutureBits = 8 * words64((long) futures + states + 1);
        long newFutureBits = 8 * words64((long) f + states + 1);
        long at = 24 + contextSize + newFutureBits + finalBitsSize + 4L * (states + 1) + 4L * f;
        long pad = ((at + 3) & ~3L) - at;
        long oldCostsStart = futureWords + 4L * futures;
        long oldPad = ((oldCostsStart - header + 3) & ~3L) - (oldCostsStart - header);
        long backoffAndFinal = futureCosts - (oldCostsStart + oldPad);
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(header + at + pad + backoffAndFinal + 4L * (f + 1)))
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(bytes, 0, Math.toIntExact(header));
        out.putLong(states).putLong(f).putLong(buf.getLong(Math.toIntExact(header + 16)));
        out.put(bytes, Math.toIntExact(contextBits), Math.toIntExact(contextSize));
        long[] bits = new long[Math.toIntExact(newFutureBits / 8)];
        long pos = 1; // the leading zero
        for (int s = 0; s < states; s++) {
            for (int k = 0; k < counts[s]; k++, pos++) {
                bits[(int) (pos >>> 6)] |= 1L << (pos & 63);
            }
            pos++; // the state's closing zero
        }
        for (long b : bits) {
            out.putLong(b);
        }
        out.put(bytes, Math.toIntExact(futureBits + oldFutureBits), Math.toIntExact(finalBitsSize));
        out.put(bytes, Math.toIntExact(contextWords), 4 * (states + 1));
        for (int i = 0; i < f; i++) {
            out.putInt(newWords[i]);
        }
        out.position(out.position() + Math.toIntExact(pad));
        out.put(bytes, Math.toIntExact(oldCostsStart + oldPad), Math.toIntExact(backoffAndFinal));
        for (int i = 0; i < f; i++) {
            out.putFloat(newCosts[i]);
        }
        out.putFloat(buf.getFloat(Math.toIntExact(futureCosts + 4L * futures)));
        return new NgramFst(out.array(), this);
    }

    private void index() {
        if (parent != null) {
            return;
        }
        // context tree in LOUDS order: "10" for a virtual super-root, then each state's
        // children as ones closed by a zero; the n-th one is state n, its parent the state whose
        // zero-closed list it sits in
        int[] up = new int[states];
        int[] first = new int[states];
        int[] count = new int[states];
        int ones = 0;
        int zeros = 0;
        for (long i = 0, n = 2L * states + 1; i < n; i++) {
            if (bit(contextBits, i)) {
                if (ones > 0) {
                    int p = zeros - 1;
                    up[ones] = p;
                    if (count[p]++ == 0) {
                        first[p] = ones;
                    }
                }
                ones++;
            } else {
                zeros++;
            }
        }
        // futures: a leading zero, then each state's arcs as ones closed by a zero
        int[] arcsFrom = new int[states + 1];
        int state = -1;
        int arc = 0;
        for (long i = 0, n = (long) futures + states + 1; i < n; i++) {
            if (bit(futureBits, i)) {
                arc++;
            } else if (++state <= states) {
                arcsFrom[state] = arc;
            }
        }
        parent = up;
        firstChild = first;
        children = count;
        firstFuture = arcsFrom;
    }

    private long cachedWordAt = -1;
    private long cachedWord;

    private boolean bit(long base, long i) {
        long at = base + 8 * (i >>> 6);
        if (at != cachedWordAt) { // bits are read in order: one long per 64 of them
            cachedWord = buf.getLong(Math.toIntExact(at));
            cachedWordAt = at;
        }
        return ((cachedWord >>> (i & 63)) & 1L) != 0;
    }

    private static long words64(long bits) {
        return (bits + 63) / 64;
    }

    private String string() {
        int n = buf.getInt();
        byte[] s = new byte[n];
        buf.get(s);
        return new String(s, StandardCharsets.UTF_8);
    }

    private String[] symbols() throws IOException {
        if (buf.getInt() != SYMBOLS_MAGIC) {
            throw new IOException("damaged symbol table");
        }
        string(); // the table's name
        long available = buf.getLong();
        long size = buf.getLong();
        String[] table = new String[Math.toIntExact(available)];
        for (long i = 0; i < size; i++) {
            String symbol = string();
            long key = buf.getLong();
            if (key >= 0 && key < table.length) {
                table[(int) key] = symbol;
            }
        }
        return table;
    }
}
