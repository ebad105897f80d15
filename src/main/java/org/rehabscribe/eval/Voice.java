package org.rehabscribe.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendition variant as {@code corpus/render.sh} names its output directory: a voice
 * ({@code slt}, {@code rms}, {@code awb}, {@code kal16}, {@code cmu_us_slt_arctic_hts}),
 * optionally with background noise ({@code slt-pink-snr20}).
 */
public record Voice(String name, String voice, String noise, String snr) {
    private static final Pattern NAME = Pattern.compile("([a-z0-9_]+)(?:-(pink|brown|white)-snr(-?\\d+(?:\\.\\d+)?))?");

    public static Voice parse(String name) {
        Matcher m = NAME.matcher(name.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a voice: '" + name + "' (e.g. slt, rms, slt-pink-snr20)");
        }
        return new Voice(m.group(), m.group(1), m.group(2), m.group(3));
    }

    /** The options of {@code render.sh} that make this variant. */
    public List<String> renderOptions() {
        List<String> args = new ArrayList<>(List.of("--voice", voice));
        if (snr != null) {
            args.addAll(List.of("--noise", noise, "--snr", snr));
        }
        return args;
    }

    /** The synthesiser program this voice needs besides sox. */
    public String synthesiser() {
        return voice.equals("cmu_us_slt_arctic_hts") ? "text2wave" : "flite";
    }
}
