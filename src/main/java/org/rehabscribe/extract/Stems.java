package org.rehabscribe.extract;

/**
 * A deliberately light stemmer for matching vocabulary terms: folds plurals ("squats",
 * "raises", "exercises") and possessives, nothing else, so "walking" and "walker" stay
 * apart. "times" stays itself: "single leg stance times eleven minutes" is no "single leg stance
 * time".
 */
public final class Stems {
    private Stems() {}

    public static String stem(String w) {
        if (w.endsWith("'s") && w.length() > 2) {
            w = w.substring(0, w.length() - 2);
        }
        int n = w.length();
        if (n <= 3 || w.equals("times") || !Character.isLetter(w.charAt(n - 1))) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
