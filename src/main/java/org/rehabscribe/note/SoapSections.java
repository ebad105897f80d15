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

    private static final Pattern SENTENCE = Pattern.compile("[^.!?;\\n]+[.!?]?");
    private final List<String[]> cues;

    private SoapSections(List<String[]> cues) {
        this.cues = cues;
    }

    static SoapSections load() {
        List<String[]> cues = new ArrayList<>();
        for (String[] f : Tsv.read("/org/rehabscribe/note/soap-cues.tsv", 2)) {
            for (String p : f[0].split("\\|")) {
                cues.add(new String[] {p.trim(), f[1]});
            }
        }
        return new SoapSections(cues);
    }

    Sorted sort(String transcript) {
        List<String> s = new ArrayList<>();
        List<String> a = new ArrayList<>();
        List<String> p = new ArrayList<>();
        Matcher m = SENTENCE.matcher(transcript);
        while (m.find()) {
            String sentence = m.group().trim();
            if (sentence.length() < 3) {
                continue;
            }
            String section = sectionOf(" " + sentence.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9/ ]", " ") + " ");
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
