package org.rehabscribe.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Punctuation from pauses: the recognizer gives none, the extractor needs sentences. */
class VoskResultsTest {
    private static String word(String w, double start, double end) {
        return "{\"conf\":1.0,\"start\":" + start + ",\"end\":" + end + ",\"word\":\"" + w + "\"}";
    }

    @Test
    void pausesBecomeSentenceEndsAndCommas() {
        VoskResults r = new VoskResults();
        r.add("{\"result\":[" + word("balance", 0.0, 0.4) + "," + word("training", 0.42, 0.9) + ","
                + word("fifteen", 1.0, 1.3) + "," + word("minutes", 1.31, 1.7) + "],\"text\":\"balance training fifteen minutes\"}");
        r.add("{\"result\":[" + word("held", 2.2, 2.4) + "," + word("off", 2.41, 2.6) + "],\"text\":\"held off\"}");
        assertEquals("balance training, fifteen minutes. held off.", r.toTranscript(3.0).text());
        assertEquals(6, r.toTranscript(3.0).words().size());
    }

    @Test
    void noPauseSplitsANumberFromItsMinutes() {
        VoskResults r = new VoskResults();
        r.add("{\"result\":[" + word("ten", 0.0, 0.3) + "," + word("eighteen", 0.4, 0.9) + "," + word("minutes", 1.2, 1.6) + ","
                + word("then", 2.0, 2.2) + "],\"text\":\"ten eighteen minutes then\"}");
        assertEquals("ten, eighteen minutes. then.", r.toTranscript(3.0).text());
        // but "it was fourteen. minutes were: ..." opens a list of times
        VoskResults list = new VoskResults();
        list.add("{\"result\":[" + word("fourteen", 0.0, 0.4) + "," + word("minutes", 0.7, 1.0) + "," + word("were", 1.01, 1.2) + "],"
                + "\"text\":\"fourteen minutes were\"}");
        assertEquals("fourteen. minutes were.", list.toTranscript(2.0).text());
    }

    @Test
    void withoutTimingsTheTextIsKeptAsGiven() {
        VoskResults r = new VoskResults();
        r.add("{\"text\":\"gait training\"}");
        assertEquals("gait training", r.toTranscript(1.0).text());
    }
}
