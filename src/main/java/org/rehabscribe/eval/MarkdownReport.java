package org.rehabscribe.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.rehabscribe.vocab.CodeBook;
import org.rehabscribe.vocab.CptCode;

/**
 * {@code evaluation/report-<split>.md}: provenance, the headline table, per-code scores, the
 * CPT confusion table, speech figures, and the miss log (cTAKES style: one line a DROPPED,
 * ADDED or WRONG item with the words around it), so the next fix is obvious from reading it.
 */
public final class MarkdownReport {
    private final EvalReport r;
    private final MissContext context;
    private final StringBuilder b = new StringBuilder();

    private MarkdownReport(EvalReport r, DomainTerms terms) {
        this.r = r;
        this.context = new MissContext(terms);
    }

    public static String render(EvalReport r, DomainTerms terms) {
        return new MarkdownReport(r, terms).build();
    }

    private String build() {
        Provenance p = r.provenance();
        line("# Evaluation: " + r.split());
        line("");
        line("Scores of the product's `note --format json` output against the gold files of `" + p.corpus()
                + "`, each dictation run with its gold context as flags (`--payer`, `--discipline`, `--telehealth`). "
                + "Micro-averaged over the corpus; metric definitions in CONTRACT s.4 and `Scorer`. "
                + "Check the code figures independently with `tools/score_notes.py`.");
        line("");
        provenance(p);
        scores();
        perCpt();
        confusion();
        if (r.audio()) {
            speech();
        }
        misses("Misses (typed dictations)", r.text());
        for (AudioEvaluation.VoiceRun v : r.voices()) {
            misses("Misses (from speech, voice " + v.voice().name() + ")",
                    v.results().stream().map(AudioEvaluation.AudioResult::result).toList());
        }
        resources(p);
        return b.toString();
    }

    private void provenance(Provenance p) {
        line("## Provenance");
        line("");
        line("| | |");
        line("| --- | --- |");
        line("| date | " + p.date() + " (" + String.format(Locale.ROOT, "%.1f", r.seconds()) + " s) |");
        line("| git commit | `" + p.commit() + "` (uncommitted changes show in the digests below) |");
        line("| corpus | `" + p.corpus() + "`, " + p.corpusFiles() + " files, sha256 `" + p.corpusSha256()
                + "` (= `cd " + p.corpus() + " && LC_ALL=C sha256sum *.json \\| sha256sum`) |");
        line("| rules and vocabularies | sha256 `" + p.resourcesSha256() + "` over " + p.resources().size()
                + " resource files under `org/rehabscribe`, listed at the end "
                + "(= `cd src/main/resources/org/rehabscribe "
                + "&& find . -type f \\| sed 's,^./,,' \\| LC_ALL=C sort \\| xargs sha256sum \\| sha256sum`) |");
        line("| compiled classes | sha256 `" + p.classesSha256() + "` |");
        p.models().forEach((name, hex) -> line("| model `" + name + "` | sha256 `" + hex + "` |"));
        p.audio().forEach((voice, hex) -> line("| renditions `" + voice + "` | sha256 `" + hex + "` |"));
        line("| java | " + p.java() + " |");
        StringBuilder counts = new StringBuilder();
        r.goldCounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> counts.append(counts.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                        .append(e.getValue()));
        line("| gold counts | " + counts + " |");
        long failed = r.text().stream().filter(d -> d.error() != null).count();
        line("| product failures | " + failed + " |");
        line("");
    }

    private void scores() {
        line("## Scores");
        line("");
        MetricTable t = MetricTable.of(r);
        line("| metric | " + String.join(" | ", t.columns()) + " | counts (text) |");
        line("| --- |" + " ---: |".repeat(t.columns().size()) + " --- |");
        for (MetricTable.Row row : t.rows()) {
            line("| " + row.metric() + " | " + String.join(" | ", row.values()) + " | " + row.counts() + " |");
        }
        line("");
    }

    private void perCpt() {
        line("## Per CPT code (typed dictations)");
        line("");
        line("| cpt | category | gold | predicted | tp | fp | fn | precision | recall | f1 |");
        line("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        r.textSheet().perCpt().forEach((cpt, t) -> line("| " + cpt + " | "
                + CodeBook.get().code(cpt).map(CptCode::category).orElse("?") + " | " + (t.tp() + t.fn()) + " | "
                + (t.tp() + t.fp()) + " | " + t.tp() + " | " + t.fp() + " | " + t.fn() + " | "
                + MetricTable.format(t.precision()) + " | " + MetricTable.format(t.recall()) + " | "
                + MetricTable.format(t.f1()) + " |"));
        line("");
    }

    private void confusion() {
        line("## CPT confusion (typed dictations)");
        line("");
        line("Rows: gold code; columns: the code predicted for it (matched codes on the diagonal; unmatched ones "
                + "aligned in order of mention within each dictation; `none` = missed or spurious). Only codes "
                + "involved in a confusion are shown; the full table is in the JSON report.");
        line("");
        Map<String, Map<String, Integer>> c = r.textSheet().confusion();
        TreeSet<String> involved = new TreeSet<>();
        c.forEach((g, row) -> row.forEach((q, n) -> {
            if (!g.equals(q)) {
                involved.add(g);
                involved.add(q);
            }
        }));
        if (involved.isEmpty()) {
            line("No confusions.");
            line("");
            return;
        }
        // "none" last, as a row for spurious predictions and a column for missed codes
        List<String> codes = new ArrayList<>(involved);
        codes.remove(CptPair.NONE);
        codes.add(CptPair.NONE);
        line("| gold \\ predicted | " + String.join(" | ", codes) + " |");
        line("| --- |" + " ---: |".repeat(codes.size()));
        for (String g : codes) {
            Map<String, Integer> row = c.getOrDefault(g, Map.of());
            StringBuilder cells = new StringBuilder();
            for (String q : codes) {
                Integer n = row.get(q);
                cells.append(" ").append(n == null ? "" : g.equals(q) ? "(" + n + ")" : n).append(" |");
            }
            line("| " + g + " |" + cells);
        }
        line("");
    }

    private void speech() {
        line("## Speech");
        line("");
        line("Transcripts by the Vosk model compared with the gold dictation in spoken form (numerals spelt out). "
                + "Term recall: the vocabulary's intervention and measure phrases in the dictation that the "
                + "transcript also contains.");
        line("");
        line("| voice | renditions | wer | errors / words | term_recall | terms | missing |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        for (AudioEvaluation.VoiceRun v : r.voices()) {
            line("| " + v.voice().name() + " | " + v.results().size() + " | " + MetricTable.format(v.werRate())
                    + " | " + v.wer().errors() + " / " + v.wer().referenceWords() + " | "
                    + MetricTable.format(v.terms().value()) + " | " + v.terms().hits() + " / " + v.terms().total()
                    + " | " + (v.missing().isEmpty() ? "" : v.missing().size() + " (" + v.problem() + ")") + " |");
        }
        line("");
        for (AudioEvaluation.VoiceRun v : r.voices()) {
            line("### Per file, voice " + v.voice().name());
            line("");
            line("| id | wer | terms | terms not heard |");
            line("| --- | ---: | ---: | --- |");
            for (AudioEvaluation.AudioResult a : v.results()) {
                line("| " + a.result().gold().id() + " | " + MetricTable.format(a.wer().rate()) + " | "
                        + a.terms().ratio().hits() + "/" + a.terms().ratio().total() + " | "
                        + String.join(", ", a.terms().missed()) + " |");
            }
            line("");
        }
    }

    private void misses(String title, List<DictationResult> results) {
        line("## " + title);
        line("");
        line("DROPPED: gold item not predicted; ADDED: predicted, not in gold; WRONG: matched with a wrong value. "
                + "Context: the product's evidence in `[[ ]]` with about 50 characters either side; for dropped "
                + "items the first words of the dictation that name the item.");
        line("");
        int clean = 0;
        for (DictationResult d : results) {
            List<Miss> misses = d.score().misses();
            if (misses.isEmpty() && d.error() == null) {
                clean++;
                continue;
            }
            line("### " + d.gold().id() + " (`" + d.gold().flags() + "`)");
            line("");
            line("```text");
            if (d.error() != null) {
                line("FAILED   " + d.error());
            }
            int width = misses.stream().mapToInt(m -> label(m).length()).max().orElse(0);
            for (Miss m : misses.stream().sorted(Comparator.comparing(Miss::kind)).toList()) {
                String label = label(m);
                String where = context.of(m, d.transcript(), d.gold().dictation());
                line(label + " ".repeat(width - label.length()) + (where.isEmpty() ? "" : "  | " + where));
            }
            line("```");
            line("");
        }
        line(clean + " of " + results.size() + " dictations without a miss.");
        line("");
    }

    private static String label(Miss m) {
        return String.format(Locale.ROOT, "%-8s %-13s %-26s %s", m.kind(), m.field(), m.item(), m.detail()).strip();
    }

    private void resources(Provenance p) {
        line("## Resource files");
        line("");
        line("<details><summary>" + p.resources().size() + " files under <code>org/rehabscribe</code></summary>");
        line("");
        line("| file | sha256 |");
        line("| --- | --- |");
        p.resources().forEach((name, hex) -> line("| " + name + " | `" + hex + "` |"));
        line("");
        line("</details>");
    }

    private void line(String s) {
        b.append(s).append('\n');
    }
}
