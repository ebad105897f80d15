package org.rehabscribe.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The words the intent model sees for one activity: the activity's own words marked
 * ("A=squat"), then the lower-case words of its sentence within a window around it,
 * numbers folded to "#", punctuation dropped. Built the same way for training and use.
 */
final class IntentContext {
    private static final int BEFORE = 8;
    private static final int AFTER = 12;

    private IntentContext() {}

    static List<String> of(List<Token> tok, Layout layout, Mention m) {
        List<String> out = new ArrayList<>();
        for (int k = m.from(); k < m.to(); k++) {
            out.add("A=" + Stems.stem(tok.get(k).text()));
        }
        for (int k = Math.max(0, m.from() - BEFORE); k < Math.min(tok.size(), m.to() + AFTER); k++) {
            if ((k >= m.from() && k < m.to()) || !layout.sameSentence(k, m.from())) {
                continue;
            }
            Token t = tok.get(k);
            if (t.isNumber()) {
                out.add("#");
            } else if (!t.isPunct()) {
                out.add(Stems.stem(t.text()));
            }
        }
        return out;
    }
}
