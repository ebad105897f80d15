package org.rehabscribe.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rehabscribe.core.UserInputException;

/**
 * What each split of the corpus is for, from {@code corpus/splits.tsv} (split, tab, role):
 * {@code train} and {@code development} may be learnt from; {@code dev} is the development
 * check and {@code heldout} is never read, so neither is.
 */
public record CorpusSplits(List<Split> splits) {
    public record Split(String name, String role) {}

    static final Set<String> ROLES = Set.of("train", "development", "dev", "heldout");
    private static final Set<String> LEARNABLE = Set.of("train", "development");

    public CorpusSplits {
        splits = List.copyOf(splits);
    }

    /** Reads {@code <corpusRoot>/splits.tsv}. */
    public static CorpusSplits read(Path corpusRoot) throws UserInputException {
        Path file = corpusRoot.resolve("splits.tsv");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot read the list of corpus splits (" + e.getMessage() + ")", e);
        }
        List<Split> splits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || !ROLES.contains(cols[1].strip())) {
                throw new UserInputException(file + ": line " + (i + 1) + ": expected a split, a tab and one of " + ROLES);
            }
            splits.add(new Split(cols[0].strip(), cols[1].strip()));
        }
        return new CorpusSplits(splits);
    }

    /** The directories of the splits that may be learnt from, in file order. */
    public List<Path> learnable(Path corpusRoot) {
        return splits.stream().filter(s -> LEARNABLE.contains(s.role())).map(s -> corpusRoot.resolve(s.name())).toList();
    }
}
