package org.rehabscribe.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryCsvTest {
    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        String csv = SummaryCsv.render(List.of(
                SummaryRow.ok("a/b.wav", 31.0964, "97112x1 97110x2"),
                SummaryRow.failed("odd, \"name\"\n.wav", "not a WAV file (no RIFF/WAVE header)", null),
                SummaryRow.skipped("c.txt", null, "")));
        assertEquals("""
                file,status,audio_seconds,codes
                a/b.wav,ok,31.096,97112x1 97110x2
                "odd, ""name""
                .wav",failed: not a WAV file (no RIFF/WAVE header),,
                c.txt,skipped: already done,,
                """, csv);
        List<List<String>> parsed = BatchFixtures.parseCsv(csv);
        assertEquals(List.of("odd, \"name\"\n.wav", "failed: not a WAV file (no RIFF/WAVE header)", "", ""),
                parsed.get(2));
    }

    @Test
    void failureReasonsAreOneLine() {
        assertEquals("failed: first second third", SummaryRow.failed("x", "first\nsecond\r\n\tthird\n", null).status());
        assertEquals("failed: unknown error", SummaryRow.failed("x", null, null).status());
    }
}
