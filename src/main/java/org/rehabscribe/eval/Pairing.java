package org.rehabscribe.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
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
        Map<String, Deque<T>> waiting = new LinkedHashMap<>();
        for (T q : predicted) {
            waiting.computeIfAbsent(key.apply(q), k -> new ArrayDeque<>()).add(q);
        }
        List<Pair<T>> matched = new ArrayList<>();
        List<T> unmatchedGold = new ArrayList<>();
        for (T g : gold) {
            Deque<T> same = waiting.get(key.apply(g));
            if (same != null && !same.isEmpty()) {
                matched.add(new Pair<>(g, same.poll()));
            } else {
                unmatchedGold.add(g);
            }
        }
        List<T> unmatchedPredicted = new ArrayList<>();
        for (T q : predicted) {
            Deque<T> left = waiting.get(key.apply(q));
            // identity: the items still waiting are the unmatched ones, kept in prediction order
            if (left.stream().anyMatch(x -> x == q)) {
                unmatchedPredicted.add(q);
            }
        }
        return new Pairing<>(List.copyOf(matched), List.copyOf(unmatchedGold), List.copyOf(unmatchedPredicted));
    }
}
