package org.rehabscribe.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A multiset matching of two lists by an exact key: the k-th gold item with a key is paired
 * with the k-th predicted item with that key; what is left over on either side is unmatched,
 * in its original order.
 */
record Pairing<T>(List<Pair<T>> matched, List<T> unmatchedGold, List<T> unmatchedPredicted) {
    record Pair<T>(T gold, T predicted) {}

    static <T> Pairing<T> byKey(List<T> gold, List<T> predicted, Function<T, String> key) {
        Map<String, Deque<Integer>> waiting = new HashMap<>();
        for (int j = 0; j < predicted.size(); j++) {
            waiting.computeIfAbsent(key.apply(predicted.get(j)), k -> new ArrayDeque<>()).add(j);
        }
        boolean[] taken = new boolean[predicted.size()];
        List<Pair<T>> matched = new ArrayList<>();
        List<T> unmatchedGold = new ArrayList<>();
        for (T g : gold) {
            Deque<Integer> same = waiting.get(key.apply(g));
            if (same != null && !same.isEmpty()) {
                int j = same.poll();
                taken[j] = true;
                matched.add(new Pair<>(g, predicted.get(j)));
            } else {
                unmatchedGold.add(g);
            }
        }
        List<T> unmatchedPredicted = new ArrayList<>();
        for (int j = 0; j < predicted.size(); j++) {
            if (!taken[j]) {
                unmatchedPredicted.add(predicted.get(j));
            }
        }
        return new Pairing<>(List.copyOf(matched), List.copyOf(unmatchedGold), List.copyOf(unmatchedPredicted));
    }
}
