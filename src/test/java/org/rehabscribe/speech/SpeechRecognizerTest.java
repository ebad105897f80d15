package org.rehabscribe.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rehabscribe.cli.Home;
import org.rehabscribe.core.Transcript;
import org.rehabscribe.core.UserInputException;
import org.rehabscribe.core.Word;

/**
 * Recognition of the committed therapist dictations (corpus/samples, synthetic voices) with the
 * real Vosk model, as the product loads it (therapy bias and n-best chooser). Prints WER and
 * speed per sample.
 */
class SpeechRecognizerTest {
    static final Path SAMPLES = Home.dir().resolve("corpus/samples");
    private static SpeechRecognizer recognizer;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModel() throws UserInputException {
        // as `note`, `batch` and `transcribe` load it: the n-best reading chosen for therapy vocabulary
        recognizer = SpeechRecognizer.load(Home.speechModel(), org.rehabscribe.pipeline.Scribe.standard().hypothesisChooser());
        System.out.printf("[speech] model loaded in %.2f s%n", recognizer.loadSeconds());
    }

    @AfterAll
    static void closeModel() {
        recognizer.close();
    }

    static String reference(String id) throws Exception {
        return Files.readString(SAMPLES.resolve(id + ".txt"));
    }

    /**
     * Domain phrases (separated by '|') that the small model, with the therapy bias of
     * {@code models/speech-lm-bias.tsv}, hears right in each sample's voice.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "sample-01; balance|tandem|therapeutic exercise|straight leg raises|three sets of ten|fifty six"
                + "|timed up and go|twelve seconds",
        "sample-02; training for twelve minutes|rolling walker|contact guard assist|manual therapy|patellar mobilization|quadriceps"
                + "|hamstring|goniometer|ice pack",
        "sample-03; occupational therapy|self care|therapeutic activities|functional reaching|reeducation"
                + "|peg test|grip strength|forty pounds",
        "sample-04; oswestry disability index|therapeutic exercise|core stabilization|balance board|hot pack"
                + "|home exercise program"})
    void recognisesDomainWordsInSamples(String id, String phrases) throws Exception {
        long start = System.nanoTime();
        Transcript t = recognizer.transcribe(SAMPLES.resolve(id + ".wav"));
        double wall = (System.nanoTime() - start) / 1e9;
        WordErrorRate.Result wer = WordErrorRate.compute(reference(id), t.text());
        System.out.printf("[speech] %s: %.1f s audio in %.2f s (%.1fx real time), WER %.1f%% (%d/%d)%n  heard: %s%n",
                id, t.audioSeconds(), wall, t.audioSeconds() / wall, 100 * wer.rate(), wer.errors(),
                wer.referenceWords(), t.text());
        String words = " " + String.join(" ", WordErrorRate.normalise(t.text())) + " "; // without the pause punctuation
        for (String phrase : phrases.split("\\|")) {
            assertTrue(words.contains(" " + phrase + " "), id + " should contain '" + phrase + "'");
        }
        assertTrue(wer.rate() <= 0.25, id + " WER " + wer.rate());
        assertWordsConsistent(t);
    }

    private static void assertWordsConsistent(Transcript t) {
        assertEquals(String.join(" ", t.words().stream().map(Word::text).toList()),
                t.text().replaceAll("[.,](?= |$)", ""), "the text is the words, punctuated at pauses");
        double previousEnd = 0;
        for (Word w : t.words()) {
            assertTrue(w.start() >= previousEnd - 1e-6 && w.end() > w.start(), "ordered times: " + w);
            assertTrue(w.end() <= t.audioSeconds() + 0.05, "inside the audio: " + w);
            assertTrue(w.confidence() >= 0 && w.confidence() <= 1, "confidence: " + w);
            previousEnd = w.end();
        }
    }

    /** The same dictation as 44.1 kHz stereo 24-bit, and as 8 kHz telephone audio, still comes out. */
    @Test
    void recognisesResampledRecordings() throws Exception {
        short[] original = AudioConversionTest.readAll(SAMPLES.resolve("sample-01.wav"), 4096);
        String reference = reference("sample-01");
        double baseline = WordErrorRate.compute(reference, recognizer.transcribe(SAMPLES.resolve("sample-01.wav")).text())
                .rate();

        double[] cd = resample(original, 44_100);
        Path cdWav = TestWav.pcm(44_100, 2, 24).samples(cd, cd).write(dir.resolve("cd.wav"));
        Transcript cdText = recognizer.transcribe(cdWav);
        double cdWer = WordErrorRate.compute(reference, cdText.text()).rate();

        double[] phone = resample(original, 8_000);
        Path phoneWav = TestWav.pcm(8_000, 1, 16).samples(phone).write(dir.resolve("phone.wav"));
        Transcript phoneText = recognizer.transcribe(phoneWav);
        double phoneWer = WordErrorRate.compute(reference, phoneText.text()).rate();

        System.out.printf("[speech] sample-01 WER: 16 kHz %.1f%%, 44.1 kHz stereo 24-bit %.1f%%, 8 kHz %.1f%%%n",
                100 * baseline, 100 * cdWer, 100 * phoneWer);
        assertEquals(original.length / 16_000.0, cdText.audioSeconds(), 0.001);
        assertTrue(cdWer <= baseline + 0.03, "44.1 kHz WER " + cdWer + " vs " + baseline);
        assertTrue(phoneWer <= baseline + 0.10, "8 kHz WER " + phoneWer + " vs " + baseline);
        assertTrue(phoneText.text().contains("up and go twelve seconds"), phoneText.text());
    }

    private static double[] resample(short[] pcm16k, int rate) {
        float[] in = new float[pcm16k.length];
        for (int i = 0; i < in.length; i++) {
            in[i] = pcm16k[i] / 32768f;
        }
        Resampler r = new Resampler(16_000, rate);
        float[] out = new float[r.maxOutput(in.length)];
        int n = r.process(in, in.length, out);
        float[] tail = new float[r.maxOutput(0)];
        int m = r.flush(tail);
        double[] all = new double[n + m];
        for (int i = 0; i < n; i++) {
            all[i] = out[i];
        }
        for (int i = 0; i < m; i++) {
            all[n + i] = tail[i];
        }
        return all;
    }

    /** The first {@code seconds} of a 16 kHz sample, written to the temporary directory. */
    private Path excerpt(String id, int seconds) throws Exception {
        short[] pcm = AudioConversionTest.readAll(SAMPLES.resolve(id + ".wav"), 4096);
        double[] head = new double[Math.min(pcm.length, seconds * 16_000)];
        for (int i = 0; i < head.length; i++) {
            head[i] = pcm[i] / 32768.0;
        }
        return TestWav.pcm(16_000, 1, 16).samples(head).write(dir.resolve(id + "-" + seconds + "s.wav"));
    }

    /** One shared model, one recognizer per thread: concurrent results equal sequential ones. */
    @Test
    void transcribesConcurrentlyWithOneModel() throws Exception {
        List<Path> files = List.of(excerpt("sample-01", 10), excerpt("sample-04", 10), excerpt("sample-02", 10));
        List<Transcript> sequential = new ArrayList<>();
        for (Path f : files) {
            sequential.add(recognizer.transcribe(f));
        }
        ExecutorService pool = Executors.newFixedThreadPool(files.size());
        try {
            List<Future<Transcript>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> recognizer.transcribe(f)));
            }
            for (int i = 0; i < files.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void sameAudioGivesTheSameTranscript() throws Exception {
        Path clip = excerpt("sample-03", 12);
        Transcript first = recognizer.transcribe(clip);
        Transcript second = recognizer.transcribe(clip);
        assertTrue(first.text().startsWith("occupational therapy session"), first.text());
        assertEquals(first, second); // words, times and confidences too
    }

    @Test
    void aKeptRecognitionReadsBackAsTheSameTranscript() throws Exception {
        Path clip = excerpt("sample-02", 10);
        Recognition raw = recognizer.recognize(clip);
        assertTrue(raw.results().stream().anyMatch(r -> r.contains("alternatives")), raw.results().toString());
        assertEquals(recognizer.transcribe(clip), recognizer.transcript(raw));
        // the identity names what decides the raw results, so a changed bias is never read from a store
        assertTrue(recognizer.identity().matches("vosk:vosk-model-small-en-us-0\\.15 bias:[0-9a-f]{64} alternatives:8 dither:\\w+"),
                recognizer.identity());
    }

    @Test
    void validatesBeforeRecognising() throws Exception {
        Path notWav = Files.writeString(dir.resolve("notes.wav"), "gait training 12 min");
        UserInputException e = assertThrows(UserInputException.class, () -> recognizer.transcribe(notWav));
        assertTrue(e.getMessage().startsWith(notWav + ": not a WAV file"), e.getMessage());
    }

    @Test
    void silenceGivesAnEmptyTranscript() throws Exception {
        Path silence = TestWav.pcm(16_000, 1, 16).samples(new double[32_000]).write(dir.resolve("silence.wav"));
        Transcript t = recognizer.transcribe(silence);
        assertEquals("", t.text());
        assertEquals(List.of(), t.words());
        assertEquals(2.0, t.audioSeconds(), 1e-9);
    }

    @Test
    void theInstallationLoadsTheModelWithItsTherapyBias() {
        assertTrue(Home.speechModel().lmBias() != null, "models/speech-lm-bias.tsv is part of the installation");
        assertTrue(recognizer.biasedArcs() > 100_000, "arcs made cheaper or added: " + recognizer.biasedArcs());
    }

    @Test
    void missingModelIsAUserError() {
        Path nowhere = Path.of("/nonexistent/vosk-model");
        UserInputException e = assertThrows(UserInputException.class, () -> SpeechRecognizer.load(nowhere));
        assertTrue(e.getMessage().startsWith(nowhere + ": Vosk model not found"), e.getMessage());
    }

    @Test
    void closedRecognizerRefusesWorkAndClosesOnce() throws Exception {
        SpeechRecognizer own = SpeechRecognizer.load(Home.speechModel());
        own.close();
        own.close(); // a second close must not free the model twice
        assertThrows(IllegalStateException.class, () -> own.transcribe(SAMPLES.resolve("sample-01.wav")));
    }
}
