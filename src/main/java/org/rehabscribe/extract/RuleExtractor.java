package org.rehabscribe.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.rehabscribe.core.ContextHints;
import org.rehabscribe.core.Extraction;
import org.rehabscribe.core.Intervention;
import org.rehabscribe.core.OutcomeMeasure;
import org.rehabscribe.core.Parameters;
import org.rehabscribe.core.SessionContext;
import org.rehabscribe.core.Span;
import org.rehabscribe.core.Transcript;
import org.rehabscribe.core.Warning;
import org.rehabscribe.vocab.CodeBook;

/**
 * The extractor: vocabulary matching over CoreNLP-normalised tokens, then rules (resource
 * files) that decide which activities were done, which code each belongs to, and which
 * minutes, parameters and measure values go with them.
 *
 * <p>Steps: normalise ({@link Normalizer}); find terms ({@link TermMatcher}); keep only what
 * was done today ({@link DoneToday}: not what was held off, planned, aimed at or done
 * elsewhere); give each activity its code (a category named before it in the sentence, else
 * the goal words near it via {@link IntentResolver}, else its default reading, with an
 * {@code intent_unclear} warning); attach minutes ({@link MinutesReader}, {@link
 * SessionTimeline}) and parameters to the nearest activity; read outcome measures ({@link
 * OutcomeMeasures}); group by code. Immutable and thread-safe.
 */
public final class RuleExtractor implements Extractor {
    private static final String R = "/org/rehabscribe/extract/";

    private final Normalizer normalizer;
    private final TermMatcher terms;
    private final PhraseSet subsequentCues;
    private final PhraseSet attendedCues;
    private final PhraseSet futureTimeCues;
    private final PhraseSet maintenance;
    private final PhraseSet boundaries;
    private final PhraseSet clauseBoundaries;
    private final PhraseSet contextCues;
    private final PhraseSet assistance;
    private final PhraseSet devices;
    private final PhraseSet actions;
    private final PhraseSet actionsAfter;
    private final Patterns patterns;
    private final IntentResolver intents;
    private final RunOnSentences runOn = new RunOnSentences();
    /** Built on the first transcript from speech: typed notes never pay for the sound index. */
    private volatile SpeechTermCorrector speechCorrector;
    private final CodeBook codes = CodeBook.get();
    private final MinutesReader minutesReader;
    private final DoneToday doneToday;
    private final OutcomeMeasures outcomeMeasures;
    private final UnnamedSteps unnamedSteps;
    /** Equipment walked on: with a gait goal, gait training ({@code walked-on.txt}). */
    private final java.util.Set<String> walkedOn;

    public RuleExtractor(IntentResolver intents) {
        this.normalizer = new Normalizer(Corrections.load());
        this.unnamedSteps = new UnnamedSteps(intents.cues());
        this.terms = TermMatcher.load(R + "terms.tsv");
        this.outcomeMeasures = new OutcomeMeasures(org.rehabscribe.vocab.Tsv.read(R + "unnamed-scores.tsv", 3),
                terms.terms().stream().filter(t -> t.kind() == Term.Kind.MEASURE).toList());

        this.maintenance = PhraseSet.ofLines(R + "maintenance-cues.txt");
        this.walkedOn = PhraseSet.lines(R + "walked-on.txt");
        this.boundaries = PhraseSet.ofLines(R + "boundaries.txt");
        this.clauseBoundaries = PhraseSet.ofLines(R + "clause-boundaries.txt");
        this.contextCues = PhraseSet.ofTsv(R + "context-cues.tsv");
        this.assistance = PhraseSet.ofTsv(R + "assistance.tsv");
        this.devices = PhraseSet.ofTsv(R + "devices.tsv");
        this.actions = PhraseSet.ofLines(R + "action-cues.txt");
        this.actionsAfter = PhraseSet.ofLines(R + "action-cues-after.txt");
        this.subsequentCues = PhraseSet.ofTsv(R + "subsequent-cues.tsv");
        this.attendedCues = PhraseSet.ofLines(R + "attended-cues.txt");
        this.futureTimeCues = PhraseSet.ofLines(R + "future-time-cues.txt");
        this.patterns = Patterns.load(R + "patterns.tsv");
        this.intents = intents;
        this.minutesReader = new MinutesReader(patterns, futureTimeCues, codes);
        this.doneToday = new DoneToday(PhraseSet.ofTsv(R + "negation-cues.tsv"), PhraseSet.ofLines(R + "purpose-cues.txt"));
    }

    public static RuleExtractor withDefaults() {
        return new RuleExtractor(IntentResolver.fromCues());
    }

    SpeechTermCorrector speechCorrector() {
        SpeechTermCorrector c = speechCorrector;
        if (c == null) {
            synchronized (this) {
                if (speechCorrector == null) {
                    // goal words, assistance levels and devices are worth hearing right too: without them the
                    // sound index would make "contact guard assist" into the nearest term it knows ("card sort")
                    List<String> extra = new ArrayList<>(intents.phrases());
                    for (String file : List.of("assistance.tsv", "devices.tsv")) {
                        for (String[] f : org.rehabscribe.vocab.Tsv.read(R + file, 2)) {
                            extra.addAll(List.of(f[0].split("\\|")));
                        }
                    }
                    speechCorrector = new SpeechTermCorrector(terms, extra);
                }
                c = speechCorrector;
            }
        }
        return c;
    }

    public Normalizer normalizer() {
        return normalizer;
    }

    /** The extractor's working state for one dictation, before grouping by code. */
    private record Analysis(NormalizedText nt, Layout layout, List<Mention> mentions, List<Mention> measureMentions,
                            List<Activity> acts, SessionContext ctx, List<Warning> warnings, boolean fromSpeech,
                            List<SpeechTermCorrector.Fix> fixes) {}

    @Override
    public Extraction extract(Transcript transcript, ContextHints hints) {
        Analysis an = analyse(transcript, hints);
        NormalizedText nt = an.nt();
        List<Token> tok = nt.tokens();
        List<Warning> warnings = an.warnings();
        List<OutcomeMeasure> outcome = outcomeMeasures.read(nt, an.layout(), an.mentions(), an.measureMentions(), an.fromSpeech());
        Integer totalTreatment = totalTreatmentMinutes(nt);
        List<Intervention> interventions = group(tok, an.layout(), an.acts(), warnings);

        Set<String> maint = new LinkedHashSet<>();
        List<Span> maintSpans = new ArrayList<>();
        for (PhraseSet.Hit h : maintenance.find(tok)) {
            maint.add(h.phrase());
            maintSpans.add(nt.spanOfTokens(h.from(), h.to()));
        }
        if (!maint.isEmpty()) {
            warnings.add(new Warning("maintenance_language", "Maintenance-only language (\"" + String.join("\", \"", maint)
                    + "\"): state the skilled need and expected functional gains, or document a skilled maintenance program.",
                    maintSpans));
        }
        if (outcome.isEmpty()) {
            warnings.add(Warning.of("missing_outcome_measure",
                    "No objective outcome measure (Berg, TUG, LEFS, ...) was dictated to track progress."));
        }
        List<org.rehabscribe.core.Repair> repairs = an.fixes().stream()
                .map(f -> new org.rehabscribe.core.Repair(Span.of(transcript.text(), f.start(), f.end()), f.term())).toList();
        return new Extraction(transcript, an.ctx(), interventions, outcome, totalTreatment, warnings, repairs);
    }

    /**
     * Training samples for the intent model from one gold dictation: the context of every
     * activity the rules put under a code the gold also bills, labelled with that code.
     */
    public List<IntentModel.Sample> intentSamples(String dictation, ContextHints hints, Set<String> goldCodes) {
        Analysis an = analyse(Transcript.ofText(dictation), hints);
        List<IntentModel.Sample> out = new ArrayList<>();
        for (Activity a : an.acts()) {
            if (a.live && a.cpt != null && goldCodes.contains(a.cpt) && IntentResolver.LEARNED.contains(a.cpt)) {
                out.add(new IntentModel.Sample(IntentContext.of(an.nt().tokens(), an.layout(), a.mention), a.cpt));
            }
        }
        return out;
    }

    /**
     * How many words of a recognizer's reading belong to vocabulary terms, after the known
     * mishearings are repaired, plus two for each time in minutes: a measure of how much of
     * what a note needs the reading names.
     */
    public int vocabularyWords(String heard) {
        NormalizedText nt = speechCorrector().knownOnly(normalizer.normalize(heard, true));
        int n = 0;
        for (Mention m : terms.find(nt.tokens())) {
            if (m.term().kind() != Term.Kind.OTHER) {
                n += m.to() - m.from();
            }
        }
        // a reading that keeps "twelve minutes" beats one that turned it into "well minutes"
        Matcher minutes = patterns.get("minutes").matcher(nt.text());
        while (minutes.find()) {
            n += 2;
        }
        return n;
    }

    private Analysis analyse(Transcript transcript, ContextHints hints) {
        boolean fromSpeech = !transcript.words().isEmpty();
        NormalizedText nt = normalizer.normalize(transcript.text(), fromSpeech);
        List<SpeechTermCorrector.Fix> fixes = new ArrayList<>();
        if (fromSpeech) {
            nt = speechCorrector().correct(nt, fixes);
        } else if (machineTranscribed(transcript.text())) {
            // a phone's dictation pasted as text has the recognizer's mishearings ("gate training", "for out of ten")
            nt = speechCorrector().knownOnly(nt, fixes);
        }
        nt = runOn.punctuate(nt);
        List<Token> tok = nt.tokens();
        List<Mention> mentions = testsAsMeasures(tok, terms.find(tok));
        if (fromSpeech) {
            mentions = headingOnlyLetters(tok, mentions);
            tok = headingColons(tok, mentions);
            nt = NormalizedText.of(nt.original(), tok);
        }
        Layout layout = new Layout(tok, boundaries, clauseBoundaries);
        List<Warning> warnings = new ArrayList<>();
        SessionContext ctx = context(tok, hints);
        List<Activity> acts = new ArrayList<>();
        List<Mention> measureMentions = new ArrayList<>();
        for (Mention m : mentions) {
            switch (m.term().kind()) {
                case ACTIVITY, CATEGORY, EVAL -> acts.add(new Activity(m));
                case MEASURE -> measureMentions.add(m);
                case OTHER -> { }
            }
        }
        DoneToday.headNouns(tok, acts);
        doneToday.markNotDone(tok, layout, acts);
        DoneToday.groupContent(tok, layout, acts);
        DoneToday.stimulationContent(tok, layout, acts);
        unnamedSteps.add(tok, layout, acts, measureMentions);
        evaluationByComplexity(tok, acts);
        for (Activity a : acts) {
            a.actedOn |= actions.find(tok.subList(Math.max(0, a.mention.from() - 5), a.mention.from())).size() > 0
                    || actionsAfter.at(tok, a.mention.to()) != null;
            if (a.live) {
                a.evidence.add(nt.spanOfTokens(a.mention.from(), a.mention.to()));
                a.name = nt.text().substring(tok.get(a.mention.from()).start(), tok.get(a.mention.to() - 1).end());
            }
        }
        minutesReader.attach(nt, layout, acts, measureMentions, fromSpeech);
        attachParameters(nt, layout, acts, measureMentions);
        assignCodes(nt, layout, acts, ctx, warnings);
        return new Analysis(nt, layout, mentions, measureMentions, acts, ctx, warnings, fromSpeech, fixes);
    }

    /**
     * From speech, typed "MT:" read aloud is heard "mt." opening its line; elsewhere two letters
     * "m t" are mostly something else heard ("min A" as "r w mt the six", "mgmt" as "envy mt"):
     * there, "mt" names no manual therapy.
     */
    private static List<Mention> headingOnlyLetters(List<Token> tok, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean letters = m.to() - m.from() == 1 && tok.get(m.from()).text().equals("mt");
            boolean opens = m.from() == 0 || Regex.matches(tok.get(m.from() - 1).text(), "\\.|:|;|\\*nl\\*");
            if (!letters || opens) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * From speech, "there ex for rom. pulleys, wand, sleeper stretch, ten.": a sentence that is
     * only a code's name, and what it was for, ended where the typed note had a colon, and the
     * sentence after it is that code's list. The stop becomes a colon, so the list and its time
     * belong to the heading; the tokens keep their places.
     */
    private static List<Token> headingColons(List<Token> tok, List<Mention> mentions) {
        List<Token> out = null;
        int start = 0;
        for (int i = 0; i < tok.size(); i++) {
            if (!tok.get(i).text().equals(".")) {
                continue;
            }
            int from = start;
            start = i + 1;
            while (from < i && Regex.matches(tok.get(from).text(), "and|then|so|um|uh|,")) {
                from++;
            }
            if (i + 2 >= tok.size()) {
                continue;
            }
            final int f = from;
            final int end = i;
            // a long sentence, or one with numbers, heads what follows only when a code's name closes it:
            // "... running plus jumping, some biofeedback." was "sEMG biofeedback:" at the start of a typed line
            boolean shortPlain = i - from <= 8 && tok.subList(from, i).stream().noneMatch(Token::isNumber);
            // the name opens the sentence, or stands in a short one ("l hand functional task asks.")
            int opens = end - f <= 6 ? end : f + 1;
            Mention heading = mentions.stream().filter(m -> m.from() >= f && m.to() <= end && (shortPlain
                        && m.from() <= opens && (m.term().kind() == Term.Kind.CATEGORY && (!m.term().weak() || m.from() == f && m.to() == end)
                            || m.term().kind() == Term.Kind.ACTIVITY && m.from() == f && m.to() == end) // "gait.", "e stim." alone
                    || m.term().kind() == Term.Kind.CATEGORY && !m.term().weak() && closesSentence(tok, m, end)))
                    .findFirst().orElse(null);
            // "gait training with the walker. then squats and step ups, sixteen.": the next step, not a list
            boolean nextStep = Regex.matches(tok.get(end + 1).text(), "then|next|afterwards|after|followed|finished|also");
            // (a sentence that is only an activity's name, "gait.", heads whatever follows: "obstacle negotiation plus curb")
            boolean nextNamesAnother = heading != null && heading.term().kind() == Term.Kind.CATEGORY && mentions.stream().anyMatch(m -> m.from() == end + 1
                    && m.term().kind() != Term.Kind.OTHER && m.term().kind() != Term.Kind.MEASURE
                    && !m.term().target().equals(heading.term().target()));
            if (heading != null && !nextStep && !nextNamesAnother) {
                if (out == null) {
                    out = new ArrayList<>(tok);
                }
                Token stop = tok.get(i);
                out.set(i, new Token(":", null, stop.origStart(), stop.origEnd(), 0, 0));
            }
        }
        return out == null ? tok : out;
    }

    /** The name ends the sentence, or only what it was for follows it ("... some biofeedback for p f m."). */
    private static boolean closesSentence(List<Token> tok, Mention m, int end) {
        return m.to() == end || tok.get(m.to()).text().equals("for") && end - m.to() <= 4
                && tok.subList(m.to(), end).stream().noneMatch(Token::isNumber);
    }

    /**
     * Text that reads like a speech recognizer's output rather than typing: long, no capital
     * letters, hardly any punctuation (a phone's dictation pasted into the box).
     */
    static boolean machineTranscribed(String text) {
        int words = text.split("\\s+").length;
        long stops = text.chars().filter(c -> c == '.' || c == ',' || c == ';' || c == ':' || c == '?').count();
        return words >= 30 && text.chars().noneMatch(Character::isUpperCase) && stops * 20 < words;
    }

    /**
     * "Low complexity" is said of evaluations only: when the word "eval" itself was lost (the
     * recognizer hears "oval", "advil"), the complexity still says an evaluation was done.
     */
    private static void evaluationByComplexity(List<Token> tok, List<Activity> acts) {
        if (acts.stream().anyMatch(a -> a.live && a.kind() == Term.Kind.EVAL)) {
            return;
        }
        for (int i = 0; i + 1 < tok.size(); i++) {
            // (or any word before it at the head of the note: "pt initial over moderate complexity", "p t a, mod complexity")
            if ((Regex.matches(tok.get(i).text(), "low|moderate|medium|mod|high") || i + 1 <= 15)
                    && tok.get(i + 1).text().equals("complexity")) {
                Activity a = new Activity(new Mention(new Term("complexity", Term.Kind.EVAL, "eval", false, false, null), i, i + 2));
                int at = 0;
                while (at < acts.size() && acts.get(at).mention.from() < i) {
                    at++;
                }
                acts.add(at, a);
                return;
            }
        }
    }

    /**
     * "Single leg stance was 3 seconds on the right": an exercise that is also a timed test
     * (flag {@code test:<measure>} in terms.tsv) is read as the measure when a value in
     * seconds follows without sets or reps.
     */
    private List<Mention> testsAsMeasures(List<Token> tok, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String test = m.term().testMeasure();
            if (test != null && valueFollows(tok, m.to())) {
                out.add(new Mention(new Term(m.term().phrase(), Term.Kind.MEASURE, test, false, false, null), m.from(), m.to()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean valueFollows(List<Token> tok, int from) {
        // "SLS eyes closed on the right 18 seconds", "single leg stance on the left on foam improved from 9 to 18 seconds"
        for (int k = from; k < Math.min(tok.size(), from + 10); k++) {
            String w = tok.get(k).text();
            if (Regex.matches(w, "x|sets?|reps?|times|hold|holds|\\.|;")) {
                return false;
            }
            if (Regex.matches(w, "\\d+(?:\\.\\d+)?(?:s|sec|\")")) {
                return !(k + 1 < tok.size() && Regex.matches(tok.get(k + 1).text(), "holds?|x|each")); // "SLS R 28s, L 9s"
            }
            if (tok.get(k).isNumber()) {
                int u = k + 1;
                if (u + 1 < tok.size() && tok.get(u).text().equals("to") && tok.get(u + 1).isNumber()) {
                    u += 2;
                }
                String next = u < tok.size() ? tok.get(u).text() : "";
                return Regex.matches(next, "seconds?|secs?|sec|s|\"") && !(u + 1 < tok.size() && Regex.matches(tok.get(u + 1).text(), "holds?|x|each"));
            }
        }
        return false;
    }

    // ---- context -------------------------------------------------------------------------

    private SessionContext context(List<Token> tok, ContextHints hints) {
        int ot = 0;
        int pt = 0;
        boolean tele = false;
        for (PhraseSet.Hit h : contextCues.find(tok)) {
            switch (h.tag()) {
                case "telehealth" -> tele = true;
                case "ot" -> ot++;
                case "pt" -> pt++;
                default -> { }
            }
        }
        SessionContext d = SessionContext.DEFAULT;
        return new SessionContext(
                hints.discipline() != null ? hints.discipline() : (ot > pt ? org.rehabscribe.core.Discipline.OT : d.discipline()),
                hints.payer() != null ? hints.payer() : d.payer(),
                hints.telehealth() != null ? hints.telehealth() : tele);
    }

    // ---- parameters -----------------------------------------------------------------------

    private void attachParameters(NormalizedText nt, Layout layout, List<Activity> acts, List<Mention> measureMentions) {
        List<int[]> taken = new ArrayList<>();
        paramPattern(nt, layout, acts, taken, "sets_hold", m -> new Parameters(integer(m.group("sets")), null,
                integer(m.group("hold")), null, null, null, null, null, null, null, null));
        paramPattern(nt, layout, acts, taken, "reps_sets", m -> new Parameters(integer(m.group("sets")),
                integer(m.group("reps")), null, null, null, null, null, null, null, null, null));
        paramPattern(nt, layout, acts, taken, "sets_reps", m -> new Parameters(integer(m.group("sets")),
                integer(m.group("reps")), null, null, null, null, null, null, null, null, null));
        paramPattern(nt, layout, acts, taken, "sets_only", m -> new Parameters(integer(m.group("sets")), null,
                null, null, null, null, null, null, null, null, null));
        paramPattern(nt, layout, acts, taken, "reps_only", m -> new Parameters(null,
                integer(m.group("reps") != null ? m.group("reps") : m.group("xreps")), null, null, null, null, null, null,
                null, null, null));
        // a flowsheet read aloud: "reps: fifteen, sets: two", "reps fifteen, sets three"
        paramPattern(nt, layout, acts, taken, "sets_field", m -> new Parameters(integer(m.group("sets")), null,
                null, null, null, null, null, null, null, null, null));
        paramPattern(nt, layout, acts, taken, "reps_field", m -> new Parameters(null, integer(m.group("reps")),
                null, null, null, null, null, null, null, null, null));
        paramPattern(nt, layout, acts, taken, "hold", m -> new Parameters(null, null,
                integer(m.group("n") != null ? m.group("n") : m.group("m")), null, null, null, null, null, null, null, null));
        paramPattern(nt, layout, acts, taken, "load", m -> {
            String u = m.group("u");
            return new Parameters(null, null, null, null, Double.valueOf(m.group("n")), null, null, null, null, null, null)
                    .withLoadUnit(u.startsWith("k") ? "kg" : "lb");
        });
        paramPattern(nt, layout, acts, taken, "band", m -> new Parameters(null, null, null, null, null, null,
                bandColour(m.group("c") != null ? m.group("c") : m.group("a")), null, null, null, null));
        // "Six-Minute Walk Test distance was 295 meters with a single-point cane": the test's result, not a distance walked
        taken.addAll(measureValues(nt.tokens(), layout, acts, measureMentions));
        paramPattern(nt, layout, acts, taken, "distance", m -> {
            // a typed prime closing an item is its minutes ("Toilet transfer w/ RW, CGA 8'."), not feet
            String u = m.group("u") != null ? m.group("u") : "ft";
            String n = m.group("n") != null ? m.group("n") : m.group("n2") != null ? m.group("n2") : m.group("n3");
            return new Parameters(null, null, null, null, null, null, null, Double.valueOf(n),
                    u.startsWith("m") ? "m" : "ft", null, null);
        });
        for (PhraseSet.Hit h : assistance.find(nt.tokens())) {
            Activity a = paramTarget(layout, acts, h.from(), h.to());
            if (a != null) {
                a.params = a.params.orElse(new Parameters(null, null, null, null, null, null, null, null, null, h.tag(), null));
            }
        }
        for (PhraseSet.Hit h : devices.find(nt.tokens())) {
            Activity a = paramTarget(layout, acts, h.from(), h.to());
            if (a != null) {
                a.params = a.params.orElse(new Parameters(null, null, null, null, null, null, null, null, null, null, h.tag()));
            }
        }
    }

    /**
     * The number right after an outcome measure's name in its sentence, with no activity named
     * between them: the token range of that number and its unit.
     */
    private static List<int[]> measureValues(List<Token> tok, Layout layout, List<Activity> acts, List<Mention> measures) {
        List<int[]> out = new ArrayList<>();
        for (Mention m : measures) {
            for (int i = m.to(); i < tok.size() && i - m.to() <= 4 && layout.sameSentence(m.from(), i); i++) {
                int at = i;
                if (acts.stream().anyMatch(a -> a.mention.from() >= m.to() && a.mention.from() <= at)) {
                    break;
                }
                if (tok.get(i).number() != null) {
                    out.add(new int[] {i, i + 2});
                    break;
                }
            }
        }
        return out;
    }

    private void paramPattern(NormalizedText nt, Layout layout, List<Activity> acts, List<int[]> taken, String name,
                              java.util.function.Function<Matcher, Parameters> read) {
        Matcher m = patterns.get(name).matcher(nt.text());
        while (m.find()) {
            int from = nt.tokenAt(m.start());
            int to = nt.tokenAt(m.end() - 1) + 1;
            boolean overlap = false;
            for (int[] t : taken) {
                if (from < t[1] && to > t[0]) {
                    overlap = true;
                    break;
                }
            }
            if (overlap || name.equals("distance") && m.group("n2") != null
                    && MinutesReader.primeIsMinutes(nt.tokens(), Integer.parseInt(m.group("n2")), from, to)) {
                continue; // "NuStep 10' warm-up", "Game Ready 15' post": typed minutes, not feet
            }
            Activity a = paramTarget(layout, acts, from, to);
            if (a == null) {
                continue;
            }
            Parameters p = read.apply(m);
            if (p == null) {
                continue;
            }
            taken.add(new int[] {from, to});
            a.params = a.params.orElse(p);
            a.evidence.add(nt.spanOfTokens(from, to));
        }
    }

    private static Activity paramTarget(Layout layout, List<Activity> acts, int from, int to) {
        Activity best = MinutesReader.nearest(acts, from, to, a -> layout.sameSegment(a.mention.from(), from) && a.kind() != Term.Kind.EVAL, true);
        if (best == null) {
            best = MinutesReader.nearest(acts, from, to, a -> layout.sameSegment(a.mention.from(), from) && a.kind() != Term.Kind.EVAL, false);
        }
        if (best == null) {
            best = MinutesReader.nearest(acts, from, to, a -> layout.sameSentence(a.mention.from(), from) && a.kind() != Term.Kind.EVAL
                    && from - a.mention.to() <= 12, true);
        }
        return best;
    }

    private static Integer integer(String s) {
        return s == null ? null : (int) Math.round(Double.parseDouble(s));
    }

    private static String bandColour(String c) {
        return switch (c) {
            case "y" -> "yellow";
            case "r" -> "red";
            case "g" -> "green";
            case "b" -> "blue";
            case "grey" -> "gray";
            default -> c;
        };
    }

    // ---- codes ----------------------------------------------------------------------------

    private void assignCodes(NormalizedText nt, Layout layout, List<Activity> acts, SessionContext ctx,
                             List<Warning> warnings) {
        List<Token> tok = nt.tokens();
        java.util.Map<Activity, IntentResolver.Decision> late = lateGoals(tok, layout, acts);
        Activity heading = null;
        for (Activity a : acts) {
            if (!a.live) {
                continue;
            }
            Term t = a.mention.term();
            if (heading != null && !layout.sameClause(heading.mention.from(), a.mention.from())
                    && !introducesList(tok, layout, heading, a)) {
                heading = null;
            }
            switch (t.kind()) {
                case CATEGORY -> {
                    a.cpt = t.target();
                    if (!t.weak()) {
                        heading = a;
                    } else if (heading != null && !heading.cpt.equals(a.cpt) && !a.ownMinutes && adopts(heading, a, layout)
                            && !t.target().startsWith("970")) { // "interferential with ice": the ice is its own modality
                        // "Ther ex 15 min, TA with bent knee fallouts": a weak name under a heading is part of it
                        a.cpt = heading.cpt;
                    }
                }
                case EVAL -> a.cpt = evaluationCode(tok, layout, a, ctx, warnings);
                case ACTIVITY -> {
                    // (an activity of another code, "the other 6 min he did sleeper stretches", is not inside it)
                    boolean nested = heading != null && a.ownMinutes && heading.ownMinutes && heading.minutes != null
                            && a.minutes != null && a.minutes < heading.minutes
                            && (t.ambiguous() || t.target().equals(heading.mention.term().target()))
                            && !timeAdded(tok, heading.mention.to(), Math.min(tok.size(), a.mention.to() + 4));
                    if (nested) {
                        // "Ther ex 15 min: recumbent bike 8 min, step-ups": the bike's 8 are part of the 15
                        a.minutes = null;
                        a.ownMinutes = false;
                    }
                    // "the stabilization stuff, bird dogs and dead bugs, ..., I'm doing these for motor control": a goal said
                    // for the exercises themselves outweighs the heading they were listed under
                    IntentResolver.Decision d = late.containsKey(a) ? late.get(a)
                            : t.ambiguous() ? intents.decide(tok, layout, a.mention, t.target()) : null;
                    boolean ownGoal = late.containsKey(a) || d != null && !d.unclear() && heading != null && !d.cpt().equals(heading.cpt)
                            && intents.goalWords(tok, layout, heading.mention) == null;
                    if (heading != null && (t.ambiguous() || !a.ownMinutes) && adopts(heading, a, layout) && !ownGoal) {
                        a.cpt = heading.cpt;
                        a.intent = heading.intent;
                    } else if (d != null) {
                        a.cpt = d.cpt();
                        a.intent = d.words();
                        Activity lead = d.unclear() ? leadActivity(tok, acts, a, layout) : null;
                        if (lead != null) {
                            // "tandem stance 3 x 20 sec and marching in place": said with a balance exercise, no goal of its own
                            a.cpt = lead.cpt;
                            a.intent = lead.intent;
                        }
                        // (the lead's own stated goal is the list's: "motor planning in the gym, ball toss, jumping jacks")
                        boolean goalOfList = lead != null && lead.mention.term().ambiguous() && lead.intent != null;
                        if (d.unclear() && !goalOfList) {
                            String why = lead != null ? "coded " + a.cpt + " with \"" + lead.mention.term().phrase() + "\", which it was listed with"
                                    : "coded " + d.cpt() + " by default";
                            warnings.add(new Warning("intent_unclear", "No goal stated for \"" + a.mention.term().phrase()
                                    + "\": " + why + "; state whether it was for strength (97110) or "
                                    + "balance/neuromuscular control (97112).", List.of(nt.spanOfTokens(a.mention.from(), a.mention.to()))));
                        }
                    } else {
                        a.cpt = t.target();
                    }
                }
                default -> { }
            }
            if (a.intent == null) {
                a.intent = intents.goalWords(tok, layout, a.mention);
            }
            if (t.weak() && walkedOn.contains(t.phrase()) && !"97116".equals(a.cpt) && intents.hasGoalOf(tok, layout, a.mention, "97116")) {
                a.cpt = "97116"; // "the treadmill at one point two, cueing for stride length and arm swing": gait training
            }
            if ("97530".equals(a.cpt) && transferInsideSelfCare(tok, layout, acts, a)) {
                a.cpt = "97535";
            }
            if ("97760".equals(a.cpt) && subsequentEncounter(tok, layout, a)) {
                a.cpt = "97763";
            }
            if ("97014".equals(a.cpt) && !a.mention.term().phrase().contains("unattended") && attendedThroughout(tok, layout, a)) {
                a.cpt = "97032";
            }
        }
    }

    /**
     * "Bathing first, tub bench transfer and a sponge bath at the sink, sixteen minutes": a transfer
     * listed inside a bathing or toileting item, with no time between, is how that self-care was
     * done; "Shower transfer training, thirteen minutes" on its own is transfer training (97530).
     */
    private static boolean transferInsideSelfCare(List<Token> tok, Layout layout, List<Activity> acts, Activity a) {
        if (!Regex.anyToken(tok, a.mention.from(), a.mention.to(), "transfers?|xfers?|xfer")
                || !Regex.anyToken(tok, Math.max(0, a.mention.from() - 2), Math.min(tok.size(), a.mention.to() + 2), "tub|shower|bath|bench|toilet|commode")) {
            return false; // (a bathroom transfer: "functional transfers" after toileting are transfer training)
        }
        for (Activity b : acts) {
            if (b == a || b.mention.from() >= a.mention.from()) {
                break;
            }
            if (b.live && "97535".equals(b.cpt) && layout.sameClause(b.mention.from(), a.mention.from())
                    && Regex.matches(b.mention.term().phrase(), "bathing|showering|shower|toileting|bath|sponge bath|self care|adl training|adl retraining")
                    && !MinutesReader.timeBetween(tok, b.mention.to(), a.mention.from())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Neuromuscular re-education was then provided to improve motor control, including task-specific
     * reaching with trunk restraint": the sentence goes on to list what the named code consisted of.
     */
    private static boolean introducesList(List<Token> tok, Layout layout, Activity heading, Activity a) {
        return layout.sameSentence(heading.mention.from(), a.mention.from())
                && Regex.anyToken(tok, heading.mention.to(), a.mention.from(), "including|included|includes|consisting|consisted|comprising|comprised");
    }

    /**
     * "High-volt pulsed current to the wound bed, attended, I was with her the entire treatment":
     * a stimulation the therapist stayed with, said in its own sentence.
     */
    private boolean attendedThroughout(List<Token> tok, Layout layout, Activity a) {
        for (PhraseSet.Hit h : attendedCues.find(tok)) {
            boolean negated = h.from() > 0 && Regex.matches(tok.get(h.from() - 1).text(), "not|n't|no|never");
            if (!negated && layout.sameSentence(h.from(), a.mention.from())) {
                return true;
            }
        }
        return false;
    }

    /** "Adjusted her thumb spica orthosis, rechecked fit": management of an orthosis she already has. */
    private boolean subsequentEncounter(List<Token> tok, Layout layout, Activity a) {
        boolean subsequent = false;
        for (PhraseSet.Hit h : subsequentCues.find(tok)) {
            if (h.tag().equals("initial") && !Regex.anyToken(tok, h.to(), Math.min(tok.size(), h.to() + 4), "last|ago|previously|earlier")) {
                return false; // (not "the splint I made her last month")
            }
            if (h.tag().equals("initial")) {
                continue;
            }
            // "Orthosis: DBO remolded, straps relined; fit checked, pt ed on wear sched 14'.": one line, one orthosis
            subsequent |= layout.sameSentence(h.from(), a.mention.from())
                    || MinutesReader.sameLine(tok, Math.min(h.from(), a.mention.from()), Math.max(h.to(), a.mention.to()));
        }
        return subsequent;
    }

    /**
     * The exercise an ambiguous one was listed with: the nearest earlier live activity of the
     * same clause whose code does not depend on a goal, if it is therapeutic exercise or
     * neuromuscular re-education, or a functional task heading the list the activity is in.
     */
    /**
     * "Step-downs ..., lateral band walks ..., fourteen minutes. ... So for the record, the step-downs
     * and band walks were neuromuscular, dynamic knee control": exercises named again in a later
     * sentence with what they "were for" take that goal; the naming again is not a second activity,
     * nor is the code's name used as the goal ("were neuromuscular").
     */
    private java.util.Map<Activity, IntentResolver.Decision> lateGoals(List<Token> tok, Layout layout, List<Activity> acts) {
        java.util.Map<Activity, IntentResolver.Decision> out = new java.util.HashMap<>();
        for (Activity b : acts) {
            int verb = b.live && b.minutes == null && b.kind() == Term.Kind.ACTIVITY ? saidToBeFor(tok, layout, b.mention.to()) : -1;
            if (verb < 0) {
                continue;
            }
            String head = Stems.stem(tok.get(b.mention.to() - 1).text());
            Activity a = acts.stream().filter(o -> o != b && o.live && o.kind() == Term.Kind.ACTIVITY
                    && layout.sentence(o.mention.from()) < layout.sentence(b.mention.from())
                    && IntentResolver.LEARNED.contains(o.mention.term().target())
                    && Stems.stem(tok.get(o.mention.to() - 1).text()).equals(head)).findFirst().orElse(null);
            if (a == null) {
                continue;
            }
            IntentResolver.Decision d = intents.decide(tok, layout, b.mention, a.mention.term().target(), verb);
            if (d.unclear() || !IntentResolver.LEARNED.contains(d.cpt())) {
                continue;
            }
            out.put(a, d);
            b.live = false;
            for (Activity c : acts) {
                // "were neuromuscular": the code's name said as the goal
                if (c.live && c.kind() == Term.Kind.CATEGORY && c.minutes == null && c.mention.from() > b.mention.to()
                        && layout.sameSentence(c.mention.from(), b.mention.from())
                        && Regex.anyToken(tok, Math.max(b.mention.to(), c.mention.from() - 2), c.mention.from(), "was|were|are|is")) {
                    c.live = false;
                }
            }
        }
        return out;
    }

    /**
     * Where "... were for quad strength", "... was neuromuscular", "..., that's so she can get off
     * the toilet" says what the things just named were for, or -1.
     */
    private static int saidToBeFor(List<Token> tok, Layout layout, int from) {
        for (int k = from; k < Math.min(tok.size(), from + 10) && layout.sameClause(k, from); k++) {
            if (k + 3 < tok.size() && tok.get(k).text().equals(",") && Regex.matches(tok.get(k + 1).text(), "that|those|these|which")
                    && Regex.matches(tok.get(k + 2).text(), "'s|is|are|were|was|'re") && Regex.matches(tok.get(k + 3).text(), "so|for|to")) {
                return k + 2;
            }
            // "the sit to stands, Dana's goal for those is him getting off the couch"
            for (int g = k + 1; tok.get(k).text().equals(",") && g < Math.min(tok.size() - 1, k + 4); g++) {
                if (Regex.matches(tok.get(g).text(), "goal|goals|purpose|aim")) {
                    for (int v = g + 1; v < Math.min(tok.size(), g + 4); v++) {
                        if (Regex.matches(tok.get(v).text(), "is|was|are|were")) {
                            return v;
                        }
                    }
                }
            }
            if (Regex.matches(tok.get(k).text(), "were|was|are") && k + 1 < tok.size()
                    && !Regex.matches(tok.get(k + 1).text(), "done|performed|completed|held|deferred|not|n't|skipped|added|progressed|\\d.*")) {
                return k;
            }
        }
        return -1;
    }

    private static Activity leadActivity(List<Token> tok, List<Activity> acts, Activity a, Layout layout) {
        Activity lead = null;
        for (Activity o : acts) {
            if (o == a) {
                break;
            }
            // (an ambiguous one counts once its own goal decided it: "motor planning in the gym, ball toss, ..., jumping jacks")
            if (o.live && o.cpt != null && o.kind() == Term.Kind.ACTIVITY && (!o.mention.term().ambiguous() || o.intent != null)
                    && layout.sameClause(o.mention.from(), a.mention.from())) {
                lead = o;
            }
        }
        // "Lift training/job sim: crate lifts 35 lb, sled push/pull": an item of the list a functional task heads; and a
        // typed line's items after it ("Bed mobility supine->sit w/ min A; sit<->stand from bed x5 w/ CGA; 12'.")
        Activity head = null;
        for (Activity o : acts) {
            if (o.live && o.cpt != null && o.mention.to() <= a.mention.from() && MinutesReader.sameLine(tok, o.mention.from(), a.mention.from())) {
                head = o;
                break;
            }
        }
        if (head != null && head.cpt.equals("97530") && !head.mention.term().ambiguous()
                && Regex.anyToken(tok, head.mention.to(), a.mention.from(), ":|;")) {
            return head;
        }
        return lead != null && (lead.cpt.equals("97110") || lead.cpt.equals("97112")) ? lead : null;
    }

    /**
     * Whether an activity belongs under the category named before it in the sentence
     * ("Ther ex 23 min: SLR 3x10, bridges"). Under a modality (e-stim, ice, ultrasound) only
     * what is said in the same breath belongs to it ("NMES with quad sets").
     */
    private boolean adopts(Activity heading, Activity a, Layout layout) {
        String code = heading.mention.term().target();
        boolean modality = code.startsWith("970") && !code.equals("97010") || code.equals("97010");
        return !modality || layout.sameSegment(heading.mention.from(), a.mention.from());
    }

    /**
     * "Following the re-evaluation, fine motor training ..." names today's visit a re-evaluation
     * even when its heading was heard "occupational therapy or evaluation": a re-evaluation the
     * session followed or came after is this one.
     */
    private static boolean reevaluationReferredTo(List<Token> tok) {
        for (int k = 2; k + 1 < tok.size(); k++) {
            boolean re = tok.get(k).text().equals("re") && Regex.matches(tok.get(k + 1).text(), "evaluation|eval")
                    || Regex.matches(tok.get(k).text(), "reevaluation|reeval");
            if (re && tok.get(k - 1).text().equals("the") && Regex.matches(tok.get(k - 2).text(), "following|followed|after")) {
                return true;
            }
        }
        return false;
    }

    /** "Complexity: moderate. Actually, with the dialysis ..., make that high complexity.": the complexity as corrected. */
    private static String correctedComplexity(List<Token> tok) {
        String out = null;
        for (int i = 1; i < tok.size(); i++) {
            if (!tok.get(i).text().equals("complexity") || !Regex.matches(tok.get(i - 1).text(), "low|moderate|medium|mod|high")) {
                continue;
            }
            if (Regex.anyToken(tok, Math.max(0, i - 5), i - 1, "that|actually|correction|rather|mean")
                    && Regex.anyToken(tok, Math.max(0, i - 16), i - 1, "actually|correction|scratch|make|mean|rather")) {
                String w = tok.get(i - 1).text();
                out = w.equals("low") ? "low" : w.equals("high") ? "high" : "moderate";
            }
        }
        return out;
    }

    private String evaluationCode(List<Token> tok, Layout layout, Activity a, SessionContext ctx, List<Warning> warnings) {
        boolean ot = ctx.discipline() == org.rehabscribe.core.Discipline.OT;
        if (a.mention.term().target().equals("reeval") || reevaluationReferredTo(tok)) {
            return ot ? "97168" : "97164";
        }
        String complexity = null;
        int from = a.mention.from();
        for (int k = Math.max(0, from - 6); k < Math.min(tok.size(), a.mention.to() + 6); k++) {
            String w = tok.get(k).text();
            if (w.equals("low")) {
                complexity = "low";
            } else if (w.equals("moderate") || w.equals("medium") || w.equals("mod")) {
                complexity = "moderate";
            } else if (w.equals("high")) {
                complexity = "high";
            }
        }
        String corrected = correctedComplexity(tok);
        if (corrected != null) {
            complexity = corrected;
        }
        if (complexity == null) {
            for (Token t : tok) {
                if (t.text().equals("complexity")) {
                    int i = tok.indexOf(t);
                    String w = i > 0 ? tok.get(i - 1).text() : "";
                    complexity = w.equals("low") ? "low" : w.equals("high") ? "high" : Regex.matches(w, "moderate|medium|mod") ? "moderate" : null;
                }
            }
        }
        if (complexity == null) {
            warnings.add(Warning.of("evaluation_complexity_missing",
                    "Evaluation complexity (low, moderate, high) was not dictated: coded as moderate."));
            complexity = "moderate";
        }
        int base = ot ? 97165 : 97161;
        return Integer.toString(base + switch (complexity) {
            case "low" -> 0;
            case "moderate" -> 1;
            default -> 2;
        });
    }

    // ---- totals ---------------------------------------------------------------------------

    private Integer totalTreatmentMinutes(NormalizedText nt) {
        Matcher tt = patterns.get("total_time").matcher(nt.text());
        Matcher mins = patterns.get("minutes").matcher(nt.text());
        while (tt.find()) {
            if (nt.text().startsWith("total timed", tt.start()) || minutesReader.shareOfSession(nt.text(), tt.start())) {
                continue;
            }
            if (mins.find(tt.end()) && mins.start() - tt.end() <= 20) {
                return Integer.parseInt(mins.group("n"));
            }
        }
        return null;
    }

    /** "... and I honestly didn't time that part": the therapist says it was done, only not timed. */
    private static boolean untimedSaid(List<Token> tok, Layout layout, Activity a) {
        int start = layout.sentenceStart(a.mention.from());
        StringBuilder sentence = new StringBuilder();
        for (int k = start; k < tok.size() && layout.sameSentence(k, a.mention.from()); k++) {
            sentence.append(tok.get(k).text()).append(' ');
        }
        return Regex.matches(sentence.toString(), ".*\\b(?:did n't|didn't|did not|forgot to|never) (?:time|look at the clock|track the time|clock|get (?:the|a) time|get times?|catch (?:the|a) time|note (?:the )?time|write down (?:the )?time|keep track of (?:the )?time"
                + "|write down how long|write (?:down )?the minutes|note how long|time (?:that|those|it|them))\\b.*"
                + "|.*\\blost track of (?:the )?time\\b.*"
                + "|.*\\b(?:wasn't|was n't|was not|were not|weren't) timed\\b.*|.*\\buntimed\\b.*")
                || untimedNext(tok, layout, a);
    }

    /** "Neuro re-ed ..., twelve minutes, and another six on mirror therapy": a time said as more, not as a part. */
    private static boolean timeAdded(List<Token> tok, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (Regex.matches(tok.get(k).text(), "another|additional|extra|plus") && tok.get(k + 1).isNumber()) {
                return true;
            }
        }
        return false;
    }

    /** Nothing else its sentence names is a named activity of another code ("gait on the treadmill": the treadmill is gait's). */
    private static boolean onlyWorkNamed(Layout layout, List<Activity> acts, Activity a) {
        return acts.stream().noneMatch(o -> o != a && o.live && o.cpt != null && !o.cpt.equals(a.cpt)
                && layout.sameSentence(o.mention.from(), a.mention.from()));
    }

    /** "... grooming and shaving at the sink, supervision. I didn't time that, honestly.": said of it in the next sentence. */
    private static boolean untimedNext(List<Token> tok, Layout layout, Activity a) {
        int k = a.mention.to();
        while (k < tok.size() && layout.sameSentence(k, a.mention.from())) {
            k++;
        }
        StringBuilder next = new StringBuilder();
        for (int j = k; j < tok.size() && j - k < 8; j++) {
            next.append(tok.get(j).text()).append(' ');
        }
        return Regex.matches(next.toString(), "(?:(?:and|so|but|um|uh|,) )*(?:i|we) (?:did n't|didn't|did not|never) (?:time|clock) "
                + "(?:that|those|it|them|this)\\b.*");
    }

    /**
     * The code's name was said (a category, not just an exercise or a tool), or it was dosed: sets
     * and reps, a hold, a load, a distance ("walked in the house with the walker, sixty feet, three times").
     */
    private static boolean named(List<Activity> group, Parameters params) {
        return params.sets() != null || params.reps() != null || params.holdSeconds() != null || params.load() != null
                || params.distance() != null
                || group.stream().anyMatch(a -> a.kind() == Term.Kind.CATEGORY && !a.mention.term().weak());
    }

    // ---- grouping -------------------------------------------------------------------------

    private List<Intervention> group(List<Token> tok, Layout layout, List<Activity> acts, List<Warning> warnings) {
        Map<String, List<Activity>> byCode = new LinkedHashMap<>();
        for (Activity a : acts) {
            if (a.live && a.cpt != null) {
                byCode.computeIfAbsent(a.cpt, k -> new ArrayList<>()).add(a);
            }
        }
        boolean anyTimed = acts.stream().anyMatch(a -> a.live && a.cpt != null && a.minutes != null
                && codes.require(a.cpt).timed());
        List<Intervention> out = new ArrayList<>();
        for (Map.Entry<String, List<Activity>> e : byCode.entrySet()) {
            List<Activity> group = e.getValue();
            Integer minutes = null;
            Parameters params = Parameters.NONE;
            Set<String> techniques = new LinkedHashSet<>();
            Set<String> intent = new LinkedHashSet<>();
            List<Span> evidence = new ArrayList<>();
            boolean strong = false;
            for (Activity a : group) {
                if (a.minutes != null) {
                    minutes = (minutes == null ? 0 : minutes) + a.minutes;
                }
                params = params.orElse(a.params);
                techniques.add(a.name);
                if (a.intent != null && !a.intent.isBlank()) {
                    intent.addAll(List.of(a.intent.split(", ")));
                }
                evidence.addAll(a.evidence);
                Parameters p = a.params;
                strong |= !a.mention.term().weak() || a.minutes != null || p.sets() != null || p.reps() != null
                        || p.holdSeconds() != null || p.load() != null || p.distance() != null || a.actedOn
                        || untimedNext(tok, layout, a) // "grooming at the sink. I didn't time that": done, only not timed
                        || untimedSaid(tok, layout, a) && onlyWorkNamed(layout, acts, a); // "..., I didn't look at the clock"
            }
            if (!strong) {
                continue; // only a walker or cane was named: not evidence of a billed activity
            }
            if (anyTimed && minutes == null && codes.require(e.getKey()).timed() && !named(group, params)
                    && group.stream().noneMatch(a -> untimedSaid(tok, layout, a))) {
                // the therapist timed what was done; a code mentioned in passing, never named, never dosed, is
                // not coded, but the therapist is asked in case it was done and not timed
                warnings.add(new Warning("missing_minutes", "\"" + String.join("\", \"", techniques) + "\" mentioned without minutes"
                        + " and not coded: if it was done, dictate its minutes (" + e.getKey() + ").", evidence));
                continue;
            }
            String category = codes.require(e.getKey()).category();
            out.add(new Intervention(e.getKey(), category, minutes, List.copyOf(techniques), params,
                    intent.isEmpty() ? null : String.join(", ", intent), evidence));
        }
        return out;
    }
}
