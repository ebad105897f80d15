package org.rehabscribe.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.rehabscribe.core.Parameters;
import org.rehabscribe.core.Span;

/**
 * Reads {@link NoteFacts} from a gold file's {@code expected} block (CONTRACT s.3) or from the
 * product's {@code note --format json} output (CONTRACT s.2). The two differ only in that gold
 * warnings are kind strings while the note's are objects with a {@code kind}, the note carries
 * evidence spans, and gold parameters may use only the keys of CONTRACT s.2 (a misspelt key in
 * a gold file must not silently score as "not stated"). Throws {@link FormatException}.
 */
public final class FactsReader {
    /** Parameter keys of CONTRACT s.2. */
    static final Set<String> PARAMETER_KEYS = Set.of("sets", "reps", "hold_seconds", "duration_minutes", "load",
            "load_unit", "band", "distance", "distance_unit", "assistance", "device");

    private final boolean gold;

    private FactsReader(boolean gold) {
        this.gold = gold;
    }

    /** The {@code expected} block of a gold file; {@code path} prefixes error messages. */
    public static NoteFacts gold(JsonNode expected, String path) {
        return new FactsReader(true).read(expected, path);
    }

    /** The facts of the product's note JSON. */
    public static NoteFacts note(JsonNode note) {
        if (note == null || !note.isObject()) {
            throw new FormatException("note JSON: not an object");
        }
        return new FactsReader(false).read(note, "");
    }

    /** The transcript a note's evidence offsets point into ("" when absent). */
    public static String transcript(JsonNode note) {
        String t = Json.optText(note, "transcript", "");
        return t == null ? "" : t;
    }

    private NoteFacts read(JsonNode n, String path) {
        if (gold) {
            // an absent list in a gold file is a mistake, not "nothing expected"
            for (String field : List.of("interventions", "outcome_measures", "codes", "warnings")) {
                if (!n.has(field) || !n.get(field).isArray()) {
                    throw new FormatException(Json.path(path, field) + ": missing or not an array");
                }
            }
        }
        List<InterventionFact> interventions = Json.list(n, "interventions", path, this::intervention);
        List<MeasureFact> measures = Json.list(n, "outcome_measures", path, this::measure);
        Integer total = gold ? Integer.valueOf(Json.integer(n, "total_timed_minutes", path))
                : Json.optInteger(n, "total_timed_minutes", path);
        List<CodeFact> codes = Json.list(n, "codes", path, this::code);
        List<String> warnings = Json.list(n, "warnings", path, this::warning);
        return new NoteFacts(interventions, measures, total, codes, warnings);
    }

    private InterventionFact intervention(JsonNode n, String path) {
        JsonNode params = n.get("parameters");
        Parameters p = params == null || params.isNull() ? Parameters.NONE : parameters(params, path + ".parameters");
        return new InterventionFact(Json.text(n, "cpt", path), Json.optInteger(n, "minutes", path), p,
                evidence(n, path));
    }

    private Parameters parameters(JsonNode n, String path) {
        if (!n.isObject()) {
            throw new FormatException(path + ": not an object");
        }
        if (gold) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!PARAMETER_KEYS.contains(key)) {
                    throw new FormatException(path + "." + key + ": not a parameter of CONTRACT s.2");
                }
            }
        }
        return new Parameters(Json.optInteger(n, "sets", path), Json.optInteger(n, "reps", path),
                Json.optInteger(n, "hold_seconds", path), Json.optInteger(n, "duration_minutes", path),
                Json.optNumber(n, "load", path), Json.optText(n, "load_unit", path), Json.optText(n, "band", path),
                Json.optNumber(n, "distance", path), Json.optText(n, "distance_unit", path),
                Json.optText(n, "assistance", path), Json.optText(n, "device", path));
    }

    private MeasureFact measure(JsonNode n, String path) {
        return new MeasureFact(Json.text(n, "measure", path), Json.number(n, "value", path),
                Json.optNumber(n, "max", path), Json.optNumber(n, "previous", path), Json.optText(n, "unit", path),
                evidence(n, path));
    }

    private CodeFact code(JsonNode n, String path) {
        return new CodeFact(Json.text(n, "code", path), Json.integer(n, "units", path), evidence(n, path));
    }

    private String warning(JsonNode n, String path) {
        if (gold) {
            if (!n.isTextual()) {
                throw new FormatException(path + ": not a warning kind string");
            }
            return n.asText();
        }
        return Json.text(n, "kind", path);
    }

    private List<Span> evidence(JsonNode n, String path) {
        if (gold) {
            return List.of();
        }
        return Json.list(n, "evidence", path, (e, p) -> {
            int start = Json.integer(e, "start", p);
            int end = Json.integer(e, "end", p);
            if (start < 0 || end < start) {
                throw new FormatException(p + ": bad span [" + start + ", " + end + ")");
            }
            String text = Json.optText(e, "text", p);
            return new Span(start, end, text == null ? "" : text);
        });
    }
}
