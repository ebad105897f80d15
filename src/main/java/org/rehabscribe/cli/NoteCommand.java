package org.rehabscribe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rehabscribe.core.Note;
import org.rehabscribe.core.Transcript;
import org.rehabscribe.core.UserInputException;
import org.rehabscribe.note.NoteHtml;
import org.rehabscribe.note.NoteJson;
import org.rehabscribe.pipeline.Scribe;
import org.rehabscribe.pipeline.TranscriptFiles;
import org.rehabscribe.speech.SpeechRecognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scribe note FILE}: transcribe if needed, extract, code, print the note. */
@Command(name = "note", mixinStandardHelpOptions = true, description = "Dictation (.wav, .txt or - for stdin) to SOAP note with CPT codes and units.")
public final class NoteCommand implements Callable<Integer> {
    public enum Format { markdown, json, html }

    @Parameters(paramLabel = "FILE", description = "a .wav recording, a .txt transcript, or - for a transcript on stdin")
    String file;

    @Option(names = "--format", defaultValue = "markdown", description = "markdown (default), json or html")
    Format format;

    @Mixin
    ContextOptions context;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UserInputException {
        Scribe scribe = Scribe.standard();
        Transcript transcript = read(file, scribe);
        Note note = scribe.process(transcript, context.hints());
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(NoteJson.render(note));
            case html -> out.println(NoteHtml.render(note));
            default -> out.print(note.markdown());
        }
        out.flush();
        return 0;
    }

    static Transcript read(String file, Scribe scribe) throws UserInputException {
        if (file.equals("-")) {
            return TranscriptFiles.readStdin(System.in);
        }
        Path path = Path.of(file);
        if (TranscriptFiles.isAudio(path)) {
            try (SpeechRecognizer speech = SpeechRecognizer.load(Home.speechModel(), scribe.hypothesisChooser())) {
                return speech.transcribe(path);
            }
        }
        return TranscriptFiles.readText(path);
    }
}
