package org.rehabscribe.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.rehabscribe.core.Transcript;
import org.rehabscribe.core.UserInputException;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Speech to text with Vosk: one model loaded once, shared by every transcription.
 *
 * <p>Threading: {@link #transcribe} may be called from any number of threads at once. Each call
 * makes its own native {@code Recognizer}, which uses one core, and closes it before returning;
 * the {@code Model} is shared read-only. Lifecycle: {@link #load}, transcribe any number of
 * times, {@link #close} once. {@code close} waits for the transcriptions in progress, so every
 * recognizer is freed before the model is (freeing in the other order, or twice, can crash the
 * JVM); later calls fail with {@link IllegalStateException}.
 *
 * <p>Input is validated in Java ({@link WavReader}) before any sample reaches native code. Kaldi's
 * random feature dither is replaced by the same amount of noise from a generator seeded per
 * recording ({@link ModelView}), so the same audio always gives the same
 * transcript, whatever runs on other threads.
 */
public final class SpeechRecognizer implements AutoCloseable {
    /** Samples handed to Vosk per call: a quarter of a second. */
    private static final int FEED_SAMPLES = SpeechAudio.SAMPLE_RATE / 4;
    /** Kaldi's default dither: Gaussian noise with a standard deviation of one 16-bit step. */
    private static final double DITHER = 1.0;
    /** Every recording gets the same noise, so the same audio gives the same words. */
    private static final long DITHER_SEED = 20_240_601L;

    /** How many readings of each utterance a chooser sees. */
    private static final int ALTERNATIVES = 8;

    private final Model model;
    private final HypothesisChooser chooser;
    private final boolean addDither;
    private final double loadSeconds;
    private final int biasedArcs;
    private final String identity;
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed; // guarded by lifecycle

    private SpeechRecognizer(Model model, HypothesisChooser chooser, boolean addDither, double loadSeconds,
            int biasedArcs, String identity) {
        this.model = model;
        this.chooser = chooser;
        this.addDither = addDither;
        this.loadSeconds = loadSeconds;
        this.biasedArcs = biasedArcs;
        this.identity = identity;
    }

    /**
     * Loads the Vosk model in {@code modelDir} (e.g. {@code Home.voskModel()}).
     *
     * @throws UserInputException if the directory is not a Vosk model or cannot be loaded
     */
    public static SpeechRecognizer load(Path modelDir) throws UserInputException {
        return load(SpeechModel.unbiased(modelDir), HypothesisChooser.FIRST);
    }

    /** Loads {@code model} (with its language-model bias, if any), keeping each utterance's best reading. */
    public static SpeechRecognizer load(SpeechModel model) throws UserInputException {
        return load(model, HypothesisChooser.FIRST);
    }

    /**
     * Loads the model; each utterance's reading is picked by {@code chooser} from the
     * recognizer's n-best list ({@link HypothesisChooser#FIRST} keeps the best-scoring one).
     */
    public static SpeechRecognizer load(SpeechModel speechModel, HypothesisChooser chooser) throws UserInputException {
        Path modelDir = speechModel.vosk();
        if (!Files.isDirectory(modelDir.resolve("am")) || !Files.isDirectory(modelDir.resolve("conf"))) {
            throw new UserInputException(modelDir + ": Vosk model not found (the Maven build unpacks it: "
                    + "run `mvn -o generate-resources` in the scribe directory)");
        }
        NativeLogging.quiet();
        long start = System.nanoTime();
        LanguageModelBias bias = speechModel.lmBias() == null ? null : LanguageModelBias.read(speechModel.lmBias());
        try (ModelView view = ModelView.of(modelDir, bias)) {
            Model model = new Model(view.path().toString());
            String identity = "vosk:" + modelDir.toAbsolutePath().normalize().getFileName()
                    + " bias:" + (speechModel.lmBias() == null ? "none" : sha256(Files.readAllBytes(speechModel.lmBias())))
                    + " alternatives:" + (chooser == HypothesisChooser.FIRST ? 1 : ALTERNATIVES)
                    + " dither:" + (view.kaldiDitherOff() ? "seeded" : "kaldi");
            return new SpeechRecognizer(model, chooser, view.kaldiDitherOff(), (System.nanoTime() - start) / 1e9,
                    view.biasedArcs(), identity);
        } catch (IOException e) {
            throw new UserInputException(modelDir + ": Vosk model could not be loaded (" + e.getMessage() + ")", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** How many language-model arcs the bias made cheaper or added (0: the model as it comes). */
    public int biasedArcs() {
        return biasedArcs;
    }

    /** Seconds it took to load the model, for reports. */
    public double loadSeconds() {
        return loadSeconds;
    }

    /** Validates and transcribes a WAV file (any rate and layout {@link WavReader} accepts). */
    public Transcript transcribe(Path wav) throws UserInputException {
        try (SpeechAudio audio = WavReader.open(wav)) {
            return transcribe(audio);
        }
    }

    /**
     * Transcribes {@code audio} to its end. The caller keeps ownership of the stream and closes it.
     *
     * @throws UserInputException if the file cannot be read to its end
     * @throws IllegalStateException after {@link #close}
     */
    public Transcript transcribe(SpeechAudio audio) throws UserInputException {
        return transcript(recognize(audio));
    }

    /** Validates and runs the recognizer over a WAV file, keeping every reading it offers. */
    public Recognition recognize(Path wav) throws UserInputException {
        try (SpeechAudio audio = WavReader.open(wav)) {
            return recognize(audio);
        }
    }

    /**
     * Runs the recognizer over {@code audio} to its end, keeping its raw results (with n-best
     * alternatives when this recognizer has a chooser). The caller closes the stream.
     *
     * @throws UserInputException if the file cannot be read to its end
     * @throws IllegalStateException after {@link #close}
     */
    public Recognition recognize(SpeechAudio audio) throws UserInputException {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("speech recognizer is closed");
            }
            Recognizer recognizer = newRecognizer();
            try {
                recognizer.setWords(true);
                if (chooser != HypothesisChooser.FIRST) {
                    recognizer.setMaxAlternatives(ALTERNATIVES);
                }
                List<String> results = new ArrayList<>();
                short[] chunk = new short[FEED_SAMPLES];
                float[] samples = new float[FEED_SAMPLES];
                Random dither = new Random(DITHER_SEED);
                int n;
                while ((n = audio.read(chunk)) > 0) {
                    // Vosk takes float samples on the 16-bit scale
                    for (int i = 0; i < n; i++) {
                        samples[i] = addDither ? (float) (chunk[i] + DITHER * dither.nextGaussian()) : chunk[i];
                    }
                    if (recognizer.acceptWaveForm(samples, n)) {
                        results.add(recognizer.getResult()); // an utterance ended at a pause
                    }
                }
                results.add(recognizer.getFinalResult());
                return new Recognition(results, audio.seconds());
            } finally {
                recognizer.close();
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** The transcript this recognizer's chooser reads from {@code recognition}. */
    public Transcript transcript(Recognition recognition) {
        return recognition.transcript(chooser);
    }

    /**
     * What, besides the audio, decides this recognizer's raw results: the model, the bias and
     * how many alternatives it asks for. Two recognizers with the same identity give the same
     * {@link Recognition} of the same audio (the dither is seeded per recording).
     */
    public String identity() {
        return identity;
    }

    private Recognizer newRecognizer() {
        try {
            return new Recognizer(model, SpeechAudio.SAMPLE_RATE);
        } catch (IOException e) {
            throw new IllegalStateException("Vosk could not create a recognizer", e);
        }
    }

    /** Frees the model after waiting for transcriptions in progress. Idempotent. */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                model.close();
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    /** Vosk (Kaldi) logs model details at INFO level; keep only warnings and errors, on stderr. */
    private static final class NativeLogging {
        static {
            LibVosk.setLogLevel(LogLevel.WARNINGS);
        }

        static void quiet() {
            // the static initialiser runs once, on first use
        }
    }
}
