package org.rehabscribe.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rehabscribe.core.Transcript;
import org.rehabscribe.core.Word;
import org.rehabscribe.speech.SpeechAudio;
import org.rehabscribe.speech.SpeechRecognizer;
import org.rehabscribe.speech.WavFormat;
import org.rehabscribe.speech.WavReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scribe transcribe FILE [--format json|text]}: speech to text only. Only the transcript
 * goes to stdout; a note about a truncated recording goes to stderr.
 */
@Command(name = "transcribe", mixinStandardHelpOptions = true,
        description = "Speech to text only. FILE: PCM WAV, 8/16/24/32-bit, 8 to 192 kHz, 1 to 32 channels.")
public final class TranscribeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a .wav recording")
    Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "json|text",
            description = "text (default) or json (words with start, end, confidence)")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be json or text, not '" + format + "'");
        }
        // validate the file before paying for the model load
        WavFormat wav = WavReader.inspect(file);
        if (wav.truncated()) {
            spec.commandLine().getErr().printf("scribe: %s: warning: data chunk declares %d bytes but the file is "
                    + "shorter; transcribing the %.1f s present%n", file, wav.declaredDataBytes(), wav.seconds());
        }
        Transcript transcript;
        // the same readings the note would use: the recognizer's n-best, chosen for therapy vocabulary
        try (SpeechRecognizer recognizer = SpeechRecognizer.load(Home.speechModel(),
                        org.rehabscribe.pipeline.Scribe.standard().hypothesisChooser());
                SpeechAudio audio = WavReader.open(file)) {
            transcript = recognizer.transcribe(audio);
        }
        var out = spec.commandLine().getOut();
        out.println(format.equals("json") ? JSON.writeValueAsString(toJson(transcript)) : transcript.text());
        out.flush();
        return 0;
    }

    private ObjectNode toJson(Transcript t) {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file.toString());
        root.put("audio_seconds", Math.round(t.audioSeconds() * 1000) / 1000.0);
        root.put("text", t.text());
        ArrayNode words = root.putArray("words");
        for (Word w : t.words()) {
            words.addObject()
                    .put("word", w.text())
                    .put("start", w.start())
                    .put("end", w.end())
                    .put("conf", w.confidence());
        }
        return root;
    }
}
