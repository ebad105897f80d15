package org.rehabscribe.note;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rehabscribe.vocab.Tsv;

/**
 * Sorts the dictated sentences into the S, A and P of a SOAP note by cue words
 * ({@code soap-cues.tsv}); O is built from the extraction. A sentence goes to the section
 * of its first cue; a sentence without cues is left to O. Immutable.
 */
final class SoapSections {
    record Sorted(List<String> subjective, List<String> assessment, List<String> plan) {}

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9/]");
    private static final Pattern NOT_WORD_OR_SPACE = Pattern.compile("[^a-z0-9/ ]");
    private static final int LONG = 30;
    private static final int MIN_PIECE = 6;
    private static final Pattern SENTENCE = Pattern.compile("[^.!?;\\n]+[.!?]?");
    private final List<String[]> cues;

    private SoapSections(List<String[]> cues) {
        this.cues = cues;
    }

    static SoapSections load() {
        List<String[]> cues = new ArrayList<>();
        for (String[] f : Tsv.read("/org/rehabscribe/note/soap-cues.tsv", 3)) {
            for (String p : f[0].split("\\|")) {
                cues.add(new String[] {p.trim(), f[1], f[2]});
            }
        }
        return new SoapSections(cues);
    }

    Sorted sort(String transcript) {
        List<String> s = new ArrayList<>();
        List<String> a = new ArrayList<>();
        List<String> p = new ArrayList<>();
        Matcher m = SENTENCE.matcher(transcript);
        List<String> sentences = new ArrayList<>();
        while (m.find()) {
            String sentence = m.group().trim();
            if (sentence.split("\\s+").length > LONG) {
                sentences.addAll(pieces(sentence));
            } else {
                sentences.add(sentence);
            }
        }
        for (String sentence : sentences) {
            if (sentence.length() < 3) {
                continue;
            }
            String section = sectionOf(" " + NOT_WORD_OR_SPACE.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ");
            if (section == null) {
                continue;
            }
            switch (section) {
                case "S" -> s.add(sentence);
                case "A" -> a.add(sentence);
                default -> p.add(sentence);
            }
        }
        return new Sorted(s, a, p);
    }

    /**
     * Speech comes without punctuation: a "sentence" can be the whole dictation. Such a run
     * is cut where a cue begins ("patient reports", "plan"), each piece running to the next
     * cue or {@value #LONG} words, whichever comes first.
     */
    private List<String> pieces(String sentence) {
        String[] words = sentence.split("\\s+");
        String[] clean = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            clean[i] = NOT_WORD.matcher(words[i].toLowerCase(Locale.ROOT)).replaceAll("");
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            StringBuilder sb = new StringBuilder(" ");
            for (int k = i; k < Math.min(words.length, i + 4); k++) {
                sb.append(clean[k]).append(' ');
            }
            String ahead = sb.toString();
            for (String[] c : cues) {
                if (c[2].equals("yes") && ahead.startsWith(" " + c[0] + " ")) {
                    starts.add(i);
                    break;
                }
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int st : starts) {
            if (kept.isEmpty() || st >= kept.get(kept.size() - 1) + MIN_PIECE) {
                kept.add(st); // cues a few words apart belong to one piece
            }
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            int from = kept.get(k);
            int to = Math.min(words.length, from + LONG);
            if (k + 1 < kept.size()) {
                to = Math.min(to, kept.get(k + 1));
            }
            out.add(String.join(" ", java.util.Arrays.asList(words).subList(from, to)));
        }
        return out;
    }

    private String sectionOf(String padded) {
        int best = Integer.MAX_VALUE;
        String section = null;
        for (String[] c : cues) {
            int i = padded.indexOf(" " + c[0] + " ");
            if (i >= 0 && i < best) {
                best = i;
                section = c[1];
            }
        }
        return section;
    }
}
