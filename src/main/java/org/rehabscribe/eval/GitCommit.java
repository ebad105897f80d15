package org.rehabscribe.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The commit checked out in a working tree, read from {@code .git} files directly (HEAD, the
 * ref it names, or packed-refs) so that no git process is needed; "unknown" when there is no
 * repository. Says nothing about uncommitted changes: the report's file digests cover those.
 */
final class GitCommit {
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    private GitCommit() {}

    static String of(Path workTree) {
        try {
            Path git = gitDir(workTree);
            if (git == null) {
                return "unknown";
            }
            String head = Files.readString(git.resolve("HEAD")).strip();
            if (SHA.matcher(head).matches()) {
                return head;
            }
            if (!head.startsWith("ref:")) {
                return "unknown";
            }
            String ref = head.substring(4).strip();
            git = common(git);
            Path loose = git.resolve(ref);
            if (Files.isRegularFile(loose)) {
                return Files.readString(loose).strip();
            }
            Path packed = git.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                for (String line : Files.readAllLines(packed)) {
                    String[] f = line.strip().split(" ");
                    if (f.length == 2 && f[1].equals(ref) && SHA.matcher(f[0]).matches()) {
                        return f[0];
                    }
                }
            }
            return "unknown";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** A linked worktree keeps HEAD in its own git directory but refs in the common one. */
    private static Path common(Path git) throws IOException {
        Path commondir = git.resolve("commondir");
        return Files.isRegularFile(commondir) ? git.resolve(Files.readString(commondir).strip()).normalize() : git;
    }

    /** {@code .git}, or the directory a {@code .git} file points to (worktrees, submodules). */
    private static Path gitDir(Path workTree) throws IOException {
        Path dotGit = workTree.resolve(".git");
        if (Files.isDirectory(dotGit)) {
            return dotGit;
        }
        if (Files.isRegularFile(dotGit)) {
            String line = Files.readString(dotGit).strip();
            if (line.startsWith("gitdir:")) {
                return workTree.resolve(line.substring(7).strip()).normalize();
            }
        }
        return null;
    }
}
