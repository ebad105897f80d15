package org.rehabscribe.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The learned part of deciding an activity's code from its goal: an OpenNLP maximum-entropy
 * document categorizer over the words around an activity ({@link IntentContext}), trained
 * on {@code corpus/train} by {@code ./scribe train}. The rules consult it only where no goal
 * words were said ("mini squats on the foam pad" reads as balance work).
 *
 * <p>Thread-safe: each thread gets its own {@link DocumentCategorizerME} over the shared,
 * immutable model. Training is deterministic: the same samples give the same model bytes.
 */
public final class IntentModel {
    /** A labelled context: the words around one activity and the code it was billed under. */
    public record Sample(List<String> context, String cpt) {}

    /** The most likely code and its probability. */
    public record Prediction(String cpt, double probability) {}

    /** 2020-01-01T00:00:00Z: any fixed instant will do. */
    private static final long FIXED_TIME = 1577836800000L;
    private final DoccatModel model;
    private final ThreadLocal<DocumentCategorizerME> categorizer;

    private IntentModel(DoccatModel model) {
        this.model = model;
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    public static IntentModel read(byte[] bytes) throws IOException {
        return new IntentModel(new DoccatModel(new ByteArrayInputStream(bytes)));
    }

    public Prediction classify(List<String> context) {
        DocumentCategorizerME me = categorizer.get();
        double[] p = me.categorize(context.toArray(new String[0]));
        String best = me.getBestCategory(p);
        return new Prediction(best, p[me.getIndex(best)]);
    }

    public static IntentModel train(List<Sample> samples) throws IOException {
        List<DocumentSample> docs = new ArrayList<>();
        for (Sample s : samples) {
            docs.add(new DocumentSample(s.cpt(), s.context().toArray(new String[0])));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
                new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
        return new IntentModel(DocumentCategorizerME.train("en", new CollectionObjectStream<>(docs), params, factory));
    }

    /** The model file's bytes, with the training timestamp OpenNLP records cleared so builds repeat. */
    public byte[] bytes() {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            model.serialize(raw);
            return canonical(raw.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * OpenNLP's model zip carries the training time (zip entry times, a manifest comment
     * and "Timestamp"); fixing those makes the file a function of the corpus alone.
     */
    private static byte[] canonical(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    StringBuilder sb = new StringBuilder();
                    for (String line : new String(data, StandardCharsets.ISO_8859_1).split("\n")) {
                        if (line.startsWith("#")) {
                            continue;
                        }
                        sb.append(line.startsWith("Timestamp=") ? "Timestamp=0" : line).append('\n');
                    }
                    data = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
                }
                ZipEntry c = new ZipEntry(e.getName());
                c.setTime(FIXED_TIME);
                z.putNextEntry(c);
                z.write(data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** How many samples of each code, for the training report. */
    public static Map<String, Integer> counts(List<Sample> samples) {
        Map<String, Integer> m = new TreeMap<>();
        samples.forEach(s -> m.merge(s.cpt(), 1, Integer::sum));
        return m;
    }
}
