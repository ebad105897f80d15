package org.rehabscribe.speech;

import java.util.List;
import org.rehabscribe.core.Transcript;

/**
 * What Vosk said about one recording, before any reading is chosen: its JSON results in order
 * (one per utterance it finalised, then the final one; each with its n-best alternatives when
 * the recognizer asked for them) and the recording's length. A {@link HypothesisChooser} turns
 * it into a {@link Transcript}; keeping it lets the same recognition be read again by a newer
 * chooser without running the recognizer (the evaluation's recognition store).
 *
 * @param results Vosk's result JSON strings, in stream order
 * @param seconds the length of the audio
 */
public record Recognition(List<String> results, double seconds) {
    public Recognition {
        results = List.copyOf(results);
    }

    /** The transcript {@code chooser} reads from these results. */
    public Transcript transcript(HypothesisChooser chooser) {
        VoskResults collected = new VoskResults(chooser);
        results.forEach(collected::add);
        return collected.toTranscript(seconds);
    }
}
