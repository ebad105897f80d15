package org.rehabscribe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rehabscribe.cli.Home;
import org.rehabscribe.coding.Coder;
import org.rehabscribe.core.CodeSuggestion;
import org.rehabscribe.core.Extraction;
import org.rehabscribe.core.Intervention;
import org.rehabscribe.core.Transcript;
import org.rehabscribe.core.UserInputException;
import org.rehabscribe.vocab.Billing;
import org.rehabscribe.vocab.CodeBook;
import org.rehabscribe.vocab.CptCode;
import org.rehabscribe.vocab.MeasureBook;
import org.rehabscribe.vocab.MeasureDef;

/**
 * The mechanical annotation conventions of {@code corpus/README.md}, checked on every gold file
 * of {@code corpus/{train,dev,test}} and of the writers' sets {@code corpus/fresh*}. Each test reports every
 * offending file at once.
 */
class CorpusValidatorTest {
    static final List<String> SPLITS = List.of("train", "dev", "test", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
            "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42");
    /** CONTRACT s.5, in its order. */
    static final List<String> CONTRACT_CODES = List.of("97110", "97112", "97116", "97140", "97530", "97535", "97542",
            "97533", "97129", "97130", "97750", "97760", "97761", "97763", "97032", "97033", "97035", "97036", "90912",
            "90913", "97010", "97012", "97014", "97016", "97018", "97022", "97150", "97161", "97162", "97163", "97164",
            "97165", "97166", "97167", "97168");
    static final Set<String> WARNING_KINDS = Set.of("missing_minutes", "below_eight_minutes", "maintenance_language",
            "missing_outcome_measure", "intent_unclear");

    /** split/file name -> gold file, for every file that parsed. */
    private static final Map<String, GoldFile> GOLD = new TreeMap<>();
    private static final Map<String, String> PARSE_ERRORS = new TreeMap<>();

    @BeforeAll
    static void load() throws UserInputException {
        for (String split : SPLITS) {
            Path dir = Home.dir().resolve("corpus").resolve(split);
            for (Path f : GoldCorpus.files(dir)) {
                String name = split + "/" + f.getFileName();
                try {
                    GOLD.put(name, GoldCorpus.read(f));
                } catch (UserInputException e) {
                    PARSE_ERRORS.put(name, e.getMessage());
                }
            }
        }
    }

    private static void check(Consumer<Problems> rule) {
        Problems p = new Problems();
        rule.accept(p);
        assertTrue(p.list.isEmpty(), p.list.size() + " problems:\n" + String.join("\n", p.list));
    }

    /** Collects "file: what is wrong" lines. */
    private static final class Problems {
        final List<String> list = new ArrayList<>();

        void add(String file, String what) {
            list.add(file + ": " + what);
        }
    }

    @Test
    void everyGoldFileParses() {
        assertTrue(PARSE_ERRORS.isEmpty(), String.join("\n", PARSE_ERRORS.values()));
        for (String split : SPLITS) {
            assertTrue(GOLD.keySet().stream().anyMatch(k -> k.startsWith(split + "/")), "no gold files in " + split);
        }
    }

    @Test
    void idsAreUniqueAndEqualToFileNames() {
        check(p -> {
            Map<String, String> seen = new HashMap<>();
            GOLD.forEach((name, g) -> {
                String file = name.substring(name.indexOf('/') + 1);
                if (!file.equals(g.id() + ".json")) {
                    p.add(name, "id '" + g.id() + "' differs from the file name");
                }
                String other = seen.put(g.id(), name);
                if (other != null) {
                    p.add(name, "id '" + g.id() + "' also used by " + other);
                }
            });
        });
    }

    @Test
    void onlyVocabularyCodesAndMeasures() {
        CodeBook book = CodeBook.get();
        check(p -> GOLD.forEach((name, g) -> {
            for (InterventionFact iv : g.expected().interventions()) {
                CptCode c = book.code(iv.cpt()).orElse(null);
                if (c == null) {
                    p.add(name, "intervention " + iv.cpt() + " is not in the code book");
                } else if (c.billing() == Billing.ADDON) {
                    p.add(name, "intervention " + iv.cpt() + " is an add-on code: annotate its primary code");
                }
            }
            for (CodeFact c : g.expected().codes()) {
                boolean known = book.code(c.code()).isPresent()
                        || book.all().stream().anyMatch(d -> c.code().equals(d.medicareCode()));
                if (!known) {
                    p.add(name, "billed code " + c.code() + " is not in the code book");
                }
                if (c.units() < 1) {
                    p.add(name, "billed code " + c.code() + " with " + c.units() + " units");
                }
            }
            for (String w : g.expected().warnings()) {
                if (!WARNING_KINDS.contains(w)) {
                    p.add(name, "unknown warning kind " + w);
                }
            }
        }));
    }

    @Test
    void measuresAreInTheVocabularyWithTheScaleMax() {
        check(p -> GOLD.forEach((name, g) -> {
            for (MeasureFact m : g.expected().measures()) {
                MeasureDef def = MeasureBook.get().measure(m.measure()).orElse(null);
                if (def == null) {
                    p.add(name, "measure " + m.measure() + " is not in the measure book");
                } else if (!Objects.equals(def.max(), m.max())) {
                    p.add(name, m.measure() + " max " + m.max() + ", the scale's is " + def.max());
                }
            }
        }));
    }

    @Test
    void totalTimedMinutesIsTheSumOfTimedMinutes() {
        check(p -> GOLD.forEach((name, g) -> {
            int sum = 0;
            for (InterventionFact iv : g.expected().interventions()) {
                boolean timed = CodeBook.get().code(iv.cpt()).map(CptCode::timed).orElse(false);
                if (timed && iv.minutes() != null) {
                    sum += iv.minutes();
                }
            }
            if (g.expected().totalTimedMinutes() != sum) {
                p.add(name, "total_timed_minutes " + g.expected().totalTimedMinutes() + ", timed minutes add up to "
                        + sum);
            }
        }));
    }

    /** The gold codes are the product's own unit rule applied to the gold minutes. */
    @Test
    void codesFollowTheUnitRuleOfThePayer() {
        Coder coder = new Coder();
        check(p -> GOLD.forEach((name, g) -> {
            Extraction x = new Extraction(Transcript.ofText(g.dictation()), g.context(), interventions(g), List.of(),
                    null, List.of());
            Map<String, Integer> want = multiset(g.expected().codes().stream().map(CodeFact::key).toList());
            Map<String, Integer> got = multiset(coder.code(x).codes().stream()
                    .map((CodeSuggestion c) -> c.code() + "x" + c.units()).toList());
            if (!want.equals(got)) {
                p.add(name, "codes " + want.keySet() + " but the " + g.context().payer().id() + " rule gives "
                        + got.keySet() + " (" + g.flags() + ")");
            }
        }));
    }

    @Test
    void everyContractCodeAndMeasureAppearsAtLeastTwice() {
        assertEquals(CONTRACT_CODES.size(), new TreeSet<>(CONTRACT_CODES).size());
        Map<String, Integer> dictations = new LinkedHashMap<>();
        CONTRACT_CODES.forEach(c -> dictations.put(c, 0));
        MeasureBook.get().all().forEach(m -> dictations.put(m.id(), 0));
        for (GoldFile g : GOLD.values()) {
            Set<String> said = new TreeSet<>();
            g.expected().interventions().forEach(iv -> said.add(iv.cpt()));
            g.expected().codes().forEach(c -> said.add(c.code()));
            g.expected().measures().forEach(m -> said.add(m.measure()));
            said.forEach(s -> dictations.computeIfPresent(s, (k, n) -> n + 1));
        }
        List<String> rare = dictations.entrySet().stream().filter(e -> e.getValue() < 2)
                .map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        assertTrue(rare.isEmpty(), "in fewer than two dictations: " + rare);
        CONTRACT_CODES.forEach(c -> assertTrue(CodeBook.get().code(c).isPresent(), c + " missing from the code book"));
    }

    private static List<Intervention> interventions(GoldFile g) {
        return g.expected().interventions().stream()
                .map(iv -> new Intervention(iv.cpt(), CodeBook.get().require(iv.cpt()).category(), iv.minutes(),
                        List.of(), iv.parameters(), null, List.of()))
                .toList();
    }

    private static Map<String, Integer> multiset(List<String> items) {
        Map<String, Integer> m = new TreeMap<>();
        items.forEach(i -> m.merge(i, 1, Integer::sum));
        return m;
    }
}
