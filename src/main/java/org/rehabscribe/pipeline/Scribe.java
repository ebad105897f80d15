package org.rehabscribe.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rehabscribe.coding.Coder;
import org.rehabscribe.core.Coding;
import org.rehabscribe.core.ContextHints;
import org.rehabscribe.core.Extraction;
import org.rehabscribe.core.Note;
import org.rehabscribe.core.Transcript;
import org.rehabscribe.core.Warning;
import org.rehabscribe.extract.Extractor;
import org.rehabscribe.extract.IntentModel;
import org.rehabscribe.extract.IntentResolver;
import org.rehabscribe.extract.RuleExtractor;
import org.rehabscribe.note.NoteRenderer;

/**
 * The text half of the pipeline: transcript to extraction to coding to note. Build one and
 * share it; {@link #process} is thread-safe.
 */
public final class Scribe {
    private final Extractor extractor;
    private final Coder coder;
    private final NoteRenderer renderer;

    public Scribe(Extractor extractor, Coder coder, NoteRenderer renderer) {
        this.extractor = extractor;
        this.coder = coder;
        this.renderer = renderer;
    }

    /** The rules plus the intent model of the installation, when {@code ./scribe train} has built one. */
    public static Scribe standard() {
        IntentResolver intents = IntentResolver.fromCues();
        Path model = Installation.intentModel();
        if (Files.isRegularFile(model)) {
            try {
                intents = intents.withModel(IntentModel.read(Files.readAllBytes(model)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the intent model " + model + ": " + e.getMessage(), e);
            }
        }
        return new Scribe(new RuleExtractor(intents), new Coder(), new NoteRenderer());
    }

    /** A chooser of recognizer readings that knows this scribe's vocabulary. */
    public org.rehabscribe.speech.HypothesisChooser hypothesisChooser() {
        return extractor instanceof RuleExtractor r ? new TermHypothesisChooser(r)
                : org.rehabscribe.speech.HypothesisChooser.FIRST;
    }

    public Note process(Transcript transcript, ContextHints hints) {
        Extraction x = extractor.extract(transcript, hints);
        Coding coding = coder.code(x);
        List<Warning> warnings = new ArrayList<>(x.warnings());
        warnings.addAll(coding.warnings());
        return new Note(x, coding, warnings, renderer.markdown(x, coding, warnings));
    }
}
