package org.rehabscribe.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CMS and AMA worked examples of DOMAIN.md, table-driven from unit-rule-cases.tsv. */
class UnitRuleTest {

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                UnitRuleTest.class.getResourceAsStream("unit-rule-cases.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(Arguments.of(f[0], f[1], f[2]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("cases")
    void workedExamples(String rule, String minutes, String expected) {
        List<TimedLine> lines = new ArrayList<>();
        for (String cm : minutes.split(" ")) {
            String[] p = cm.split(":");
            lines.add(new TimedLine(p[0], Integer.parseInt(p[1])));
        }
        UnitRule r = rule.equals("cms") ? new CmsTotalTimeRule() : new AmaMidpointRule();
        UnitAllocation a = r.allocate(lines);
        Map<String, Integer> got = new LinkedHashMap<>();
        a.units().forEach((k, v) -> {
            if (v > 0) {
                got.put(k, v);
            }
        });
        Map<String, Integer> want = new LinkedHashMap<>();
        if (!expected.equals("-")) {
            for (String cu : expected.split(" ")) {
                String[] p = cu.split(":");
                want.put(p[0], Integer.parseInt(p[1]));
            }
        }
        assertEquals(want, got);
    }

    @Test
    void cmsTotalUnitsFollowTheTableOfRanges() {
        int[][] table = {{7, 0}, {8, 1}, {22, 1}, {23, 2}, {37, 2}, {38, 3}, {52, 3}, {53, 4}, {67, 4}, {68, 5},
                {82, 5}, {83, 6}, {97, 6}, {98, 7}, {112, 7}, {113, 8}, {127, 8}};
        for (int[] row : table) {
            assertEquals(row[1], CmsTotalTimeRule.unitsForTotal(row[0]), row[0] + " minutes");
        }
    }

    @Test
    void equalLeftoversAreReportedAsATie() {
        UnitAllocation a = new CmsTotalTimeRule().allocate(List.of(new TimedLine("97112", 20), new TimedLine("97110", 20)));
        assertEquals(List.of("97112", "97110"), a.ties());
    }

    @Test
    void randomSessionsNeverBillMoreUnitsThanTheTotalAllows() {
        Random rnd = new Random(42);
        String[] codes = {"97110", "97112", "97116", "97140", "97530", "97535"};
        for (int trial = 0; trial < 2000; trial++) {
            List<TimedLine> lines = new ArrayList<>();
            int n = 1 + rnd.nextInt(codes.length);
            int total = 0;
            for (int i = 0; i < n; i++) {
                int m = rnd.nextInt(60);
                lines.add(new TimedLine(codes[i], m));
                total += m;
            }
            UnitAllocation cms = new CmsTotalTimeRule().allocate(lines);
            assertEquals(CmsTotalTimeRule.unitsForTotal(total), cms.total(), lines.toString());
            for (TimedLine l : lines) {
                assertTrue(cms.units(l.code()) >= l.minutes() / 15, "every full 15 minutes is a unit: " + lines);
                assertEquals(AmaMidpointRule.unitsFor(l.minutes()), new AmaMidpointRule().allocate(lines).units(l.code()));
            }
        }
    }
}
