package org.rehabscribe.note;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabscribe.core.CodeSuggestion;
import org.rehabscribe.core.Coding;
import org.rehabscribe.core.Discipline;
import org.rehabscribe.core.Extraction;
import org.rehabscribe.core.Intervention;
import org.rehabscribe.core.OutcomeMeasure;
import org.rehabscribe.core.Parameters;
import org.rehabscribe.core.Payer;
import org.rehabscribe.core.Warning;
import org.rehabscribe.vocab.Billing;
import org.rehabscribe.vocab.CodeBook;
import org.rehabscribe.vocab.CptCode;
import org.rehabscribe.vocab.MeasureBook;
import org.rehabscribe.vocab.MeasureDef;

/**
 * The note stage: renders a SOAP note in Markdown from {@code note.md.mustache}. The view
 * model is built here; wording and layout live in the template. Thread-safe (the compiled
 * template is immutable).
 */
public final class NoteRenderer {
    private static final java.util.regex.Pattern BLANK_LINES = java.util.regex.Pattern.compile("\n{3,}");
    private final Mustache template;
    private final SoapSections soap = SoapSections.load();

    public NoteRenderer() {
        // Markdown, not HTML: no entity escaping; table cells only lose their pipes
        DefaultMustacheFactory factory = new DefaultMustacheFactory("org/rehabscribe/note") {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value.replace("|", "/").replace("\n", " "));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        this.template = factory.compile("note.md.mustache");
    }

    public String markdown(Extraction x, Coding coding, List<Warning> warnings) {
        StringWriter w = new StringWriter();
        template.execute(w, view(x, coding, warnings));
        return BLANK_LINES.matcher(w.toString()).replaceAll("\n\n");
    }

    private Map<String, Object> view(Extraction x, Coding coding, List<Warning> warnings) {
        CodeBook book = CodeBook.get();
        Map<String, Object> v = new LinkedHashMap<>();
        boolean ot = x.context().discipline() == Discipline.OT;
        v.put("title", (ot ? "Occupational" : "Physical") + " therapy treatment note");
        v.put("context", (ot ? "OT" : "PT") + " · payer rule: "
                + (x.context().payer() == Payer.MEDICARE ? "Medicare" : "commercial (AMA)")
                + (x.context().telehealth() ? " · telehealth" : ""));
        // the free-text sections read as the therapist said them, the recognizer's mishearings of terms repaired
        SoapSections.Sorted sorted = soap.sort(x.readableText());
        v.put("subjective", sorted.subjective());
        v.put("assessment", sorted.assessment());
        v.put("plan", sorted.plan());

        List<Map<String, Object>> ivs = new ArrayList<>();
        List<String> notBilled = new ArrayList<>();
        for (Intervention iv : x.interventions()) {
            CptCode c = book.require(iv.cpt());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cpt", iv.cpt());
            m.put("category", iv.category().replace('_', ' '));
            m.put("techniques", String.join(", ", iv.techniques()));
            m.put("parameters", describe(iv.parameters()));
            m.put("minutes", iv.minutes() == null ? "not dictated" : iv.minutes().toString());
            ivs.add(m);
            if (c.billing() == Billing.BUNDLED) {
                notBilled.add(iv.cpt() + " " + iv.category().replace('_', ' ') + " (bundled)");
            }
        }
        v.put("interventions", ivs);
        v.put("hasInterventions", !ivs.isEmpty());
        v.put("notBilled", notBilled);

        List<Map<String, Object>> ms = new ArrayList<>();
        for (OutcomeMeasure om : x.outcomeMeasures()) {
            MeasureDef def = MeasureBook.get().measure(om.measure()).orElseThrow();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", def.label());
            m.put("value", num(om.value()) + (om.max() != null ? "/" + num(om.max()) : "") + " " + om.unit());
            if (om.previous() != null) {
                double change = om.value() - om.previous();
                boolean better = def.higherIsBetter() ? change > 0 : change < 0;
                m.put("change", " (previous " + num(om.previous()) + "; change " + (change > 0 ? "+" : "") + num(change)
                        + (change == 0 ? ", unchanged" : better ? ", improved" : ", worse") + ")");
            } else {
                m.put("change", "");
            }
            ms.add(m);
        }
        v.put("measures", ms);
        v.put("totalTimed", coding.totalTimedMinutes());
        v.put("totalTreatment", x.totalTreatmentMinutes());

        List<Map<String, Object>> codes = new ArrayList<>();
        for (CodeSuggestion c : coding.codes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", c.code());
            m.put("units", c.units());
            m.put("minutes", c.minutes() == null ? "" : c.minutes().toString());
            m.put("modifiers", String.join(", ", c.modifiers()));
            m.put("rationale", c.rationale());
            codes.add(m);
        }
        v.put("codes", codes);
        v.put("hasCodes", !codes.isEmpty());
        v.put("rule", coding.rule());
        v.put("totalUnits", coding.totalUnits());
        v.put("warnings", warnings);
        return v;
    }

    static String describe(Parameters p) {
        List<String> parts = new ArrayList<>();
        if (p.sets() != null && p.reps() != null) {
            parts.add(p.sets() + " x " + p.reps());
        } else if (p.sets() != null) {
            parts.add(p.sets() + " sets");
        } else if (p.reps() != null) {
            parts.add(p.reps() + " reps");
        }
        if (p.holdSeconds() != null) parts.add(p.holdSeconds() + " s hold");
        if (p.load() != null) parts.add(num(p.load()) + " " + p.loadUnit());
        if (p.band() != null) parts.add(p.band() + " band");
        if (p.distance() != null) parts.add(num(p.distance()) + " " + p.distanceUnit());
        if (p.assistance() != null) parts.add(p.assistance().replace('_', ' '));
        if (p.device() != null) parts.add(p.device());
        return parts.isEmpty() ? "not dictated" : String.join(", ", parts);
    }

    static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.valueOf(Math.round(v * 100) / 100.0);
    }
}
