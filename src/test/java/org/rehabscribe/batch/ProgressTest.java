package org.rehabscribe.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final Progress.Plan PLAN = new Progress.Plan(14, 10, 3, 1, 3600, 2);

    @Test
    void barShowsFilesHoursSpeedAndTimeLeft() {
        assertEquals("[#####---------------] 3/10 files  0.25/1.00 h audio  6.0x real time  ETA 7:30",
                TerminalProgress.line(PLAN, 3, 900, 150, 150));
        // between two files the time left counts down
        assertEquals("[#####---------------] 3/10 files  0.25/1.00 h audio  6.0x real time  ETA 7:00",
                TerminalProgress.line(PLAN, 3, 900, 150, 180));
        assertEquals("[--------------------] 0/10 files  0.00/1.00 h audio  -.-x real time  ETA --:--",
                TerminalProgress.line(PLAN, 0, 0, 0, 12));
        assertEquals("[####################] 10/10 files  1.00/1.00 h audio  5.0x real time  done in 12:00",
                TerminalProgress.line(PLAN, 10, 3600, 720, 720));
    }

    @Test
    void terminalRedrawsInPlaceAndPrintsFailuresAbove() {
        StringWriter s = new StringWriter();
        AtomicLong now = new AtomicLong();
        TerminalProgress p = new TerminalProgress(new PrintWriter(s, true), now::get);
        p.started(new Progress.Plan(2, 2, 0, 0, 60, 1));
        now.set(10_000_000_000L);
        p.finished(SummaryRow.failed("a.wav", "read failed", 30.0), 30);
        now.set(20_000_000_000L);
        p.finished(SummaryRow.ok("b.wav", 30.0, ""), 30);
        p.stopped();
        String out = s.toString();
        assertTrue(out.startsWith("\r[--------------------] 0/2 files"), out);
        assertTrue(out.contains("\r\u001b[Kscribe batch: a.wav: failed: read failed\n\r[##########----------] 1/2"), out);
        assertTrue(out.endsWith("2/2 files  0.02/0.02 h audio  3.0x real time  done in 0:20\u001b[K\n"), out);
    }

    @Test
    void logWritesALineAFile() {
        StringWriter s = new StringWriter();
        LogProgress p = new LogProgress(new PrintWriter(s, true));
        p.started(PLAN);
        p.finished(SummaryRow.ok("a/b.wav", 31.1, "97110x2"), 31.1);
        p.finished(SummaryRow.failed("c.wav", "empty file", null), 0);
        p.stopped();
        assertEquals("""
                scribe batch: 14 files: 10 to do (1:00:00 of audio), 3 already done, 1 failed before processing; 2 workers
                scribe batch: [1/10] a/b.wav: ok (31.1 s of audio; 97110x2)
                scribe batch: [2/10] c.wav: failed: empty file
                """, s.toString());
    }

    @Test
    void logSaysWhenThereIsNothingToDo() {
        StringWriter s = new StringWriter();
        new LogProgress(new PrintWriter(s, true)).started(new Progress.Plan(3, 0, 2, 1, 0, 0));
        assertEquals("scribe batch: 3 files: nothing to do, 2 already done, 1 failed before processing\n", s.toString());
    }

    @Test
    void clockAndSummaryLine() {
        assertEquals("0:07", Progress.clock(7.4));
        assertEquals("1:01:01", Progress.clock(3661));
        assertEquals("scribe batch: 9 ok, 1 failed, 2 skipped; 10:00 of audio in 2:00 (5.0x real time; "
                + "real-time factor 0.200, 0.400 per worker, 2 workers)",
                new BatchReport(9, 1, 2, 600, 120, 2).summaryLine());
    }
}
