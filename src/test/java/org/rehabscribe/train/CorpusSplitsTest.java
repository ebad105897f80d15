package org.rehabscribe.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabscribe.core.UserInputException;
import org.rehabscribe.pipeline.Installation;

class CorpusSplitsTest {
    private static final Path CORPUS = Installation.dir().resolve("corpus");

    @TempDir
    Path tmp;

    @Test
    void everySplitOnDiskHasARoleAndTheHeldOutOnesAreNeverLearnt() throws Exception {
        CorpusSplits splits = CorpusSplits.read(CORPUS);
        Set<String> onDisk;
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            onDisk = dirs.filter(d -> Files.isDirectory(d) && hasGold(d)).map(d -> d.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(onDisk, splits.splits().stream().map(CorpusSplits.Split::name).collect(Collectors.toCollection(TreeSet::new)));
        Set<String> heldOut = splits.splits().stream().filter(s -> s.role().equals("heldout")).map(CorpusSplits.Split::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("test", "fresh2", "fresh4", "fresh8"), heldOut);
        List<String> learnt = splits.learnable(CORPUS).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals("train", learnt.get(0));
        heldOut.forEach(h -> assertEquals(false, learnt.contains(h), h));
        assertEquals(false, learnt.contains("dev"));
    }

    private static boolean hasGold(Path dir) {
        try (Stream<Path> f = Files.list(dir)) {
            return f.anyMatch(p -> p.toString().endsWith(".json"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void anUnknownRoleIsNamedWithItsLine() throws Exception {
        Files.writeString(tmp.resolve("splits.tsv"), "# header\ntrain\ttrain\nextra\tsometimes\n");
        UserInputException e = assertThrows(UserInputException.class, () -> CorpusSplits.read(tmp));
        assertEquals(tmp.resolve("splits.tsv") + ": line 3: expected a split, a tab and one of "
                + CorpusSplits.ROLES, e.getMessage());
    }
}
