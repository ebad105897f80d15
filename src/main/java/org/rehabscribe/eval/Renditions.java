package org.rehabscribe.eval;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Audio renditions of gold dictations: {@code <corpus root>/audio/<voice>/<split>/<id>.wav}, as
 * written by {@code corpus/render.sh}. Missing ones are rendered by invoking that script when
 * its synthesiser and sox are installed; otherwise {@link #render} says what is missing and why.
 */
public final class Renditions {
    private final Path corpusRoot;
    private final String split;
    private final Path script;

    /**
     * @param corpusDir the split directory (e.g. {@code corpus/dev}); audio lives beside it
     * @param script    {@code corpus/render.sh} of the installation
     */
    public Renditions(Path corpusDir, Path script) {
        Path abs = corpusDir.toAbsolutePath().normalize();
        this.corpusRoot = abs.getParent();
        this.split = abs.getFileName().toString();
        this.script = script;
    }

    public Path wav(Voice voice, String id) {
        return corpusRoot.resolve("audio").resolve(voice.name()).resolve(split).resolve(id + ".wav");
    }

    public List<String> missing(Voice voice, List<GoldFile> corpus) {
        return corpus.stream().map(GoldFile::id).filter(id -> !Files.isRegularFile(wav(voice, id))).toList();
    }

    /**
     * Renders the renditions of {@code ids} for {@code voice}; progress goes to {@code err}.
     * Returns null when done, else a one-line reason why they could not be made.
     */
    public String render(Voice voice, List<String> ids, PrintWriter err) {
        List<String> absent = new ArrayList<>();
        for (String tool : List.of(voice.synthesiser(), "sox")) {
            if (!onPath(tool)) {
                absent.add(tool);
            }
        }
        if (!absent.isEmpty()) {
            return "cannot render: " + String.join(" and ", absent) + " not installed (Debian: flite, festival, "
                    + "festvox-us-slt-hts, sox)";
        }
        if (!Files.isRegularFile(script)) {
            return "cannot render: " + script + " not found";
        }
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString()));
        cmd.addAll(voice.renderOptions());
        cmd.addAll(List.of("--only", String.join(",", ids), "--corpus", corpusRoot.toString(),
                "--out", corpusRoot.resolve("audio").toString(), split));
        err.printf("eval: rendering %d %s renditions with %s%n", ids.size(), voice.name(), script);
        err.flush();
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            // the script's chatter goes to our stderr: stdout carries only the report table
            try (InputStream in = p.getInputStream()) {
                err.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                err.flush();
            }
            int status = p.waitFor();
            return status == 0 ? null : "render.sh exited with status " + status;
        } catch (IOException e) {
            return "cannot run render.sh: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while rendering";
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
