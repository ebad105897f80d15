package org.rehabscribe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizerTest {
    private final Normalizer n = new Normalizer(Corrections.load());

    private String norm(String s) {
        return n.normalize(s).text();
    }

    @Test
    void spokenNumbersBecomeDigits() {
        assertEquals("berg 42 out of 56", norm("Berg forty two out of fifty six"));
        assertEquals("12.3 seconds", norm("twelve point three seconds"));
        assertEquals("0.78 m/s", norm("point seven eight m/s"));
        assertEquals("25 minutes", norm("twenty-five minutes"));
        assertEquals("150 feet", norm("one hundred fifty feet"));
        assertEquals("8.5 inches", norm("eight and a half inches"));
        // scores as a speech synthesizer reads "7/10", "16/28", "45/100"
        assertEquals("pain 7 / 10 . tinetti 16 / 28 . barthel 45 / 100", norm("pain seven tenths. tinetti sixteen twenty eighths. barthel forty five one hundredths"));
        // "90/100" is read "ninety one-hundredths", heard "ninety one hundredths"; "41/100" "forty one one-hundredths"
        assertEquals("barthel 90 / 100 . quickdash 41 / 100", norm("barthel ninety one hundredths. quickdash forty one one hundredths"));
    }

    @Test
    void tenThenANumberIsTwoNumbers() {
        // a comma not heard: "two sets of ten, six minutes" is not sixteen minutes
        assertEquals("2 sets of 10 6 minutes", norm("two sets of ten six minutes"));
        assertEquals("3 by 10 5 minutes", norm("three by ten five minutes"));
        assertEquals("110 feet , 10 minutes , 16 reps", norm("one hundred ten feet, ten minutes, sixteen reps"));
    }

    @Test
    void ordinalsJoinedByAndAreNotANumber() {
        // CoreNLP merges "fourth and fifth" into one number phrase; its head "fourth and" is no number
        assertEquals("fourth and fifth metacarpal fractures", norm("fourth and fifth metacarpal fractures"));
    }

    @Test
    void timesOfDayBecomeHoursAndMinutes() {
        assertEquals("from 905 to 930", norm("from nine oh five to nine thirty"));
        assertEquals("at 210 . 315 . 1030 . 245", norm("at ten past two. quarter past three. half past ten. quarter to three"));
        assertEquals("at 1040 , ended at 11", norm("at ten forty, ended at eleven"));
        // "to" heard "two" and joined to the minutes before it
        assertEquals("from 950 to 1015 , dressing . from 942 , she walked", norm("from nine fifty two ten fifteen, dressing. from nine forty two, she walked"));
        // only after a word that introduces a time: otherwise two numbers stay two
        assertEquals("3 sets of 10 40 seconds", norm("three sets of ten forty seconds"));
        assertEquals("flexion 108 degrees", norm("flexion one oh eight degrees"));
        // long walk distances said in pairs
        assertEquals("6mwt 1350 feet", norm("6MWT thirteen fifty feet"));
        assertEquals("3 sets of 10 20 times", norm("three sets of ten twenty times"));
        // typed "3x5 13'" read aloud: reps, then minutes; no 513
        assertEquals("3 x 5 13 .", norm("three x five thirteen."));
        // typed "seat 7, 8 min" read aloud: a setting takes one digit
        assertEquals("recumbent bike seat 7 8 min", norm("recumbent bike seat seven eight min"));
    }

    @Test
    void spellingsFromAbroadAndColdPacks() {
        assertEquals("rhythmic stabilization , edema", norm("Rhythmic stabilisation, oedema"));
        assertEquals("physical therapy review , 40 meters , curbs", norm("Physio review, 40 metres, kerbs"));
        // "CP" is a cold pack where it is applied, the diagnosis where it is one
        assertEquals("cold pack to the knee 10 min", norm("CP to the knee 10 min"));
        assertEquals("mhp / cold pack", norm("MHP/CP"));
        assertEquals("6 y/o with cp , gmfcs ii . spastic cp . dx : cp", norm("6 y/o with CP, GMFCS II. Spastic CP. Dx: CP"));
    }

    @Test
    void countsSaidAsWords() {
        assertEquals("2 sets of 10 , 6 reps , a 12 each side", norm("a couple sets of ten, half a dozen reps, a dozen each side"));
        assertEquals("2 rounds . a couple of minutes", norm("a couple of rounds. a couple of minutes"));
    }

    @Test
    void aNumberSettledOnIsOneNumber() {
        assertEquals("that was about 15 .", norm("that was about fifteen, fifteen-ish, call it fifteen."));
        assertEquals("a good 16 . that was 11 .", norm("a good fifteen, maybe sixteen, let's say sixteen. That was ten, maybe eleven, say eleven."));
        assertEquals("12 minutes of gait", norm("twelve minutes or so, say twelve minutes of gait"));
        // a list, a count before a time, a count said twice: each stays
        assertEquals("reps of 10 , 12 , 15", norm("reps of ten, twelve, fifteen"));
        assertEquals("3 sets of 10 , about 12 .", norm("three sets of ten, about twelve."));
        assertEquals("10 reps times 3 , 3 minutes", norm("ten reps times three, three minutes"));
        assertEquals("10 , about 150 feet", norm("ten, about one hundred fifty feet"));
        // from speech without a comma heard, and a distance said in pairs after the hedge
        assertEquals("strengthening , 12 minutes . for his balance", norm("strengthening, twelve minutes or so say twelve. for his balance"));
        assertEquals("walked 12 minutes about 1 50 feet", norm("walked twelve minutes about one fifty feet"));
        // the unit stays with the number settled on, even when the cue took it ("minutes maybe")
        assertEquals("that was 13 minutes and .", norm("that was twelve minutes maybe thirty and let's say thirteen."));
    }

    @Test
    void correctionsReplaceTheOldNumber() {
        assertEquals("12 minutes", norm("fifteen, no, twelve minutes"));
        assertEquals("12 minutes", norm("15 minutes, sorry, 12 minutes"));
        assertEquals("3 sets of 12", norm("three sets of ten, make that twelve"));
        assertEquals("pain 5 out of 10 today", norm("pain six out of ten, sorry, five out of ten today"));
        // a comma inside a cue ("no, wait"), "or actually more like", and the same time said again after a cue
        assertEquals("massage , 11 minutes , i did the wrist too .", norm("massage, nine minutes. No, wait, that was eleven, I did the wrist too."));
        assertEquals("for rom , 12 minutes .", norm("for ROM, ten, or actually more like twelve minutes."));
        assertEquals("that was , 15 minutes with rests not counting the rests .",
                norm("that was, fifteen minutes with rests, no, sorry, fifteen minutes not counting the rests."));
    }

    @Test
    void clinicalShorthandStaysWhole() {
        assertEquals("w/c skills , s/p tka , 4 y/o with asd", norm("W/c skills, s/p TKA, 4 y/o w/ ASD"));
        assertEquals("tug and pnf", norm("T U G and p n f"));
        assertEquals("ultrasound 8 min", norm("US 8 min"));
    }

    @Test
    void shorthandReadAloudWithItsSlashes() {
        // what a synthesiser (or a therapist) says for typed "s/p", "f/u", "B/L", "w/ RW", "w/ CNA", "w/c", "quad/hip"
        assertEquals("s/p ltha . f/u visit . b/l knees . d/c home", norm("s slash p l t h a. f slash you visit. be slashed l knees. d slashed c home"));
        assertEquals("gait training with rw 80 ft . reviewed with cna . reviewed with c and a . w/c level", norm("gait trng w slash r w eighty ft. reviewed w slashed c n a. reviewed w slash c and a. w slash c level"));
        assertEquals("quad / hip strength . slashed prices", norm("quad slash hip strength. slashed prices"));
    }

    @Test
    void offsetsPointIntoTheTranscript() {
        String text = "Balance twenty-five minutes, then T U G.";
        NormalizedText nt = n.normalize(text);
        for (Token t : nt.tokens()) {
            String orig = text.substring(t.origStart(), t.origEnd());
            assertEquals(false, orig.isBlank(), t.toString());
        }
        assertEquals("twenty-five", nt.spanOfTokens(1, 2).text());
        assertEquals("T U G", nt.spanOfTokens(nt.tokens().size() - 2, nt.tokens().size() - 1).text());
    }

    @Test
    void lettersSpokenOneByOne() {
        assertEquals("the tug was 12", norm("the t u g was twelve"));
        // a typed abbreviation inside a longer run of letters starts a word of its own
        assertEquals("wml gttrng with rw", norm("w m l g t t r n g with r w"));
        // the seconds of a reading stay apart from the next side
        assertEquals("slsr 3 s l 2 s", norm("s l s r three s l two s")); // ("slsr" is "sls r" in asr-confusions.tsv)
    }

    @Test
    void punctuationSaidToADictationApp() {
        assertEquals("bike , 10 minutes . plan : continue .", norm("bike comma ten minutes period new line plan colon continue period"));
        // the nouns stay words
        assertEquals("a rest period of 2 minutes", norm("a rest period of two minutes"));
        assertEquals("history of colon cancer", norm("history of colon cancer"));
    }

    @Test
    void cptCodesSaidAloudReadAsWhatTheyName() {
        // a treatment code is one word, a weak name of its code (TermMatcher); an evaluation code its words
        assertEquals("cpt97112 , balance", norm("ninety-seven one twelve, balance"));
        assertEquals("cpt97140 8 minutes", norm("nine seven one four zero eight minutes"));
        assertEquals("cpt97530 , transfers", norm("97530, transfers"));
        assertEquals("pt evaluation low complexity", norm("ninety-seven one sixty-one"));
        assertEquals("then the cpt97535 , home set up", norm("then the five thirty-five, home set up"));
        // numbers with a unit after them stay numbers
        assertEquals("97 110 feet", norm("ninety seven one hundred ten feet"));
    }

    @Test
    void aTypedRangeOfMinutesReadAloudIsNoHundreds() {
        // "8-10 min" read "eight ten min" is not 810 ("left one ten" for a grip of 110 still is)
        assertEquals("cg 8 10 min then", norm("c g eight ten min then"));
        assertEquals("grip left 110 , right 95", norm("grip left one ten, right ninety five"));
    }
}
