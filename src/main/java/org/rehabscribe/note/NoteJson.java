package org.rehabscribe.note;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.rehabscribe.core.CodeSuggestion;
import org.rehabscribe.core.Extraction;
import org.rehabscribe.core.Intervention;
import org.rehabscribe.core.Note;
import org.rehabscribe.core.OutcomeMeasure;
import org.rehabscribe.core.Parameters;
import org.rehabscribe.core.Span;
import org.rehabscribe.core.Warning;

/** The note as the JSON of CONTRACT s.2 (names there are fixed; fields here may be added). */
public final class NoteJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private NoteJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String render(Note note) {
        try {
            return MAPPER.writeValueAsString(tree(note));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(Note note) {
        Extraction x = note.extraction();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("transcript", x.transcript().text());
        ObjectNode ctx = root.putObject("context");
        ctx.put("discipline", x.context().discipline().name());
        ctx.put("payer", x.context().payer().id());
        ctx.put("telehealth", x.context().telehealth());
        ArrayNode ivs = root.putArray("interventions");
        for (Intervention iv : x.interventions()) {
            ObjectNode o = ivs.addObject();
            o.put("cpt", iv.cpt());
            o.put("category", iv.category());
            if (iv.minutes() == null) {
                o.putNull("minutes");
            } else {
                o.put("minutes", iv.minutes());
            }
            ArrayNode tech = o.putArray("techniques");
            iv.techniques().forEach(tech::add);
            o.set("parameters", parameters(iv.parameters()));
            if (iv.intent() != null) {
                o.put("intent", iv.intent());
            }
            o.set("evidence", evidence(iv.evidence()));
        }
        ArrayNode oms = root.putArray("outcome_measures");
        for (OutcomeMeasure m : x.outcomeMeasures()) {
            ObjectNode o = oms.addObject();
            o.put("measure", m.measure());
            number(o, "value", m.value());
            o.put("unit", m.unit());
            if (m.max() != null) {
                number(o, "max", m.max());
            }
            if (m.previous() != null) {
                number(o, "previous", m.previous());
                number(o, "change", Math.round((m.value() - m.previous()) * 100) / 100.0);
            }
            o.set("evidence", evidence(m.evidence()));
        }
        root.put("total_timed_minutes", note.coding().totalTimedMinutes());
        if (x.totalTreatmentMinutes() != null) {
            root.put("total_treatment_minutes", x.totalTreatmentMinutes());
        }
        root.put("total_units", note.coding().totalUnits());
        root.put("billing_rule", note.coding().rule());
        ArrayNode codes = root.putArray("codes");
        for (CodeSuggestion c : note.coding().codes()) {
            ObjectNode o = codes.addObject();
            o.put("code", c.code());
            o.put("units", c.units());
            if (c.minutes() == null) {
                o.putNull("minutes");
            } else {
                o.put("minutes", c.minutes());
            }
            ArrayNode mods = o.putArray("modifiers");
            c.modifiers().forEach(mods::add);
            o.put("rationale", c.rationale());
            o.set("evidence", evidence(c.evidence()));
        }
        ArrayNode ws = root.putArray("warnings");
        for (Warning w : note.warnings()) {
            ObjectNode o = ws.addObject();
            o.put("kind", w.kind());
            o.put("message", w.message());
            if (!w.evidence().isEmpty()) {
                o.set("evidence", evidence(w.evidence()));
            }
        }
        root.putObject("note").put("markdown", note.markdown());
        return root;
    }

    private static ObjectNode parameters(Parameters p) {
        ObjectNode o = MAPPER.createObjectNode();
        if (p.sets() != null) o.put("sets", p.sets());
        if (p.reps() != null) o.put("reps", p.reps());
        if (p.holdSeconds() != null) o.put("hold_seconds", p.holdSeconds());
        if (p.durationMinutes() != null) o.put("duration_minutes", p.durationMinutes());
        if (p.load() != null) {
            number(o, "load", p.load());
            o.put("load_unit", p.loadUnit());
        }
        if (p.band() != null) o.put("band", p.band());
        if (p.distance() != null) {
            number(o, "distance", p.distance());
            o.put("distance_unit", p.distanceUnit());
        }
        if (p.assistance() != null) o.put("assistance", p.assistance());
        if (p.device() != null) o.put("device", p.device());
        return o;
    }

    private static void number(ObjectNode o, String field, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            o.put(field, (long) v);
        } else {
            o.put(field, v);
        }
    }

    private static ArrayNode evidence(List<Span> spans) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Span s : spans) {
            ObjectNode o = a.addObject();
            o.put("start", s.start());
            o.put("end", s.end());
            o.put("text", s.text());
        }
        return a;
    }
}
