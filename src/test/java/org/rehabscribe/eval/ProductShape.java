package org.rehabscribe.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rehabscribe.core.Parameters;

/** Builds note JSON in the product's shape (CONTRACT s.2) from a gold block, for scorer tests. */
final class ProductShape {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProductShape() {}

    static ObjectNode of(NoteFacts facts) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("transcript", "");
        ArrayNode ivs = root.putArray("interventions");
        for (InterventionFact iv : facts.interventions()) {
            ObjectNode o = ivs.addObject();
            o.put("cpt", iv.cpt());
            if (iv.minutes() == null) {
                o.putNull("minutes");
            } else {
                o.put("minutes", iv.minutes());
            }
            ObjectNode p = o.putObject("parameters");
            Parameters params = iv.parameters();
            if (params.sets() != null) {
                p.put("sets", params.sets());
            }
            if (params.reps() != null) {
                p.put("reps", params.reps());
            }
            o.putArray("evidence");
        }
        ArrayNode ms = root.putArray("outcome_measures");
        for (MeasureFact m : facts.measures()) {
            ObjectNode o = ms.addObject();
            o.put("measure", m.measure());
            o.put("value", m.value());
            if (m.max() != null) {
                o.put("max", m.max());
            }
            if (m.previous() != null) {
                o.put("previous", m.previous());
            }
        }
        if (facts.totalTimedMinutes() != null) {
            root.put("total_timed_minutes", facts.totalTimedMinutes());
        }
        ArrayNode codes = root.putArray("codes");
        for (CodeFact c : facts.codes()) {
            codes.addObject().put("code", c.code()).put("units", c.units());
        }
        ArrayNode ws = root.putArray("warnings");
        for (String kind : facts.warnings()) {
            ws.addObject().put("kind", kind).put("message", "...");
        }
        return root;
    }

    /** An answer with nothing in it: the product understood nothing. */
    static ObjectNode empty() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("transcript", "");
        root.putArray("interventions");
        root.putArray("outcome_measures");
        root.put("total_timed_minutes", 0);
        root.putArray("codes");
        root.putArray("warnings");
        return root;
    }
}
