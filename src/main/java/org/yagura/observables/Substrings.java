package org.yagura.observables;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An Aho–Corasick automaton: every entry occurring in a text is found in one pass over the text. */
final class Substrings {

    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    private final List<List<Integer>> output = new ArrayList<>();

    /** {@code entries}: each substring and the indexes of the lists it belongs to. */
    Substrings(Map<String, List<Integer>> entries) {
        node();
        entries.forEach((entry, lists) -> {
            if (entry.isEmpty()) {
                return;
            }
            int state = 0;
            for (char c : entry.toCharArray()) {
                Integer to = next.get(state).get(c);
                if (to == null) {
                    to = node();
                    next.get(state).put(c, to);
                }
                state = to;
            }
            output.get(state).addAll(lists);
        });
        var queue = new ArrayDeque<Integer>(next.get(0).values());
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (var edge : next.get(state).entrySet()) {
                int child = edge.getValue();
                int f = fail.get(state);
                while (f > 0 && !next.get(f).containsKey(edge.getKey())) {
                    f = fail.get(f);
                }
                Integer target = next.get(f).get(edge.getKey());
                fail.set(child, target != null && target != child ? target : 0);
                output.get(child).addAll(output.get(fail.get(child)));
                queue.add(child);
            }
        }
    }

    private int node() {
        next.add(new HashMap<>());
        fail.add(0);
        output.add(new ArrayList<>());
        return next.size() - 1;
    }

    /** Adds to {@code hits} the lists of every entry that occurs in {@code text}. */
    void find(String text, Set<Integer> hits) {
        if (next.get(0).isEmpty()) {
            return;
        }
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            while (state > 0 && !next.get(state).containsKey(c)) {
                state = fail.get(state);
            }
            state = next.get(state).getOrDefault(c, 0);
            hits.addAll(output.get(state));
        }
    }
}
