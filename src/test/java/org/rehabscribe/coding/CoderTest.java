package org.rehabscribe.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rehabscribe.core.CodeSuggestion;
import org.rehabscribe.core.Coding;
import org.rehabscribe.core.Discipline;
import org.rehabscribe.core.Extraction;
import org.rehabscribe.core.Intervention;
import org.rehabscribe.core.Parameters;
import org.rehabscribe.core.Payer;
import org.rehabscribe.core.SessionContext;
import org.rehabscribe.core.Transcript;
import org.rehabscribe.core.Warning;

class CoderTest {
    private final Coder coder = new Coder();

    private static Intervention iv(String cpt, Integer minutes) {
        return new Intervention(cpt, "x", minutes, List.of(), Parameters.NONE, null, List.of());
    }

    private Coding code(SessionContext ctx, Intervention... ivs) {
        return coder.code(new Extraction(Transcript.ofText("t"), ctx, List.of(ivs), List.of(), null, List.of()));
    }

    private static String lines(Coding c) {
        return c.codes().stream().map(l -> l.code() + "x" + l.units()).collect(Collectors.joining(" "));
    }

    @Test
    void hotPackIsDocumentedButNeverBilled() {
        Coding c = code(SessionContext.DEFAULT, iv("97010", 10), iv("97110", 15));
        assertEquals("97110x1", lines(c));
        assertEquals(15, c.totalTimedMinutes());
    }

    @Test
    void unattendedStimIsG0283ForMedicareAnd97014Otherwise() {
        assertEquals("G0283x1", lines(code(SessionContext.DEFAULT, iv("97014", 15))));
        assertEquals("97014x1", lines(code(new SessionContext(Discipline.PT, Payer.AMA, false), iv("97014", 15))));
    }

    @Test
    void cognitiveTherapySplitsIntoInitialAndAddOnUnits() {
        assertEquals("97129x1 97130x2", lines(code(SessionContext.DEFAULT, iv("97129", 40))));
        assertEquals("90912x1 90913x1", lines(code(new SessionContext(Discipline.PT, Payer.AMA, false), iv("90912", 30))));
        assertEquals("", lines(code(SessionContext.DEFAULT, iv("97129", 6))));
    }

    @Test
    void untimedCodesBillOneUnitAndDoNotCountAsTimedMinutes() {
        Coding c = code(SessionContext.DEFAULT, iv("97162", 45), iv("97110", 10));
        assertEquals("97162x1 97110x1", lines(c));
        assertEquals(10, c.totalTimedMinutes());
    }

    @Test
    void modifiersFollowDisciplineTelehealthAndNcciPairs() {
        Coding c = code(new SessionContext(Discipline.PT, Payer.MEDICARE, true), iv("97162", null), iv("97140", 15));
        CodeSuggestion manual = c.codes().stream().filter(l -> l.code().equals("97140")).findFirst().orElseThrow();
        assertEquals(List.of("GP", "59", "95"), manual.modifiers());
        Coding ot = code(new SessionContext(Discipline.OT, Payer.MEDICARE, false), iv("97535", 20));
        assertEquals(List.of("GO"), ot.codes().get(0).modifiers());
    }

    @Test
    void missingAndShortMinutesAreWarned() {
        Coding c = code(SessionContext.DEFAULT, iv("97112", null), iv("97110", 5));
        List<String> kinds = c.warnings().stream().map(Warning::kind).toList();
        assertTrue(kinds.contains("missing_minutes"), kinds.toString());
        assertTrue(kinds.contains("below_eight_minutes"), kinds.toString());
        assertTrue(kinds.contains("no_billable_time"), kinds.toString());
        assertEquals("", lines(c));
    }
}
