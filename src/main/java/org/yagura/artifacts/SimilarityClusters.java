package org.yagura.artifacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yagura.analysis.SimilarityKeys;
import org.yagura.analysis.Ssdeep;
import org.yagura.analysis.Tlsh;

/**
 * Connected components of a bounded set of artifacts: the same content, a TLSH distance at most the
 * threshold or an ssdeep score at least the threshold joins two. Pairs are found through the same keys as
 * the stored index, held in memory for the set, so the work grows with the pairs that share a key rather
 * than with the square of the set.
 */
final class SimilarityClusters {

    private SimilarityClusters() {
    }

    static List<List<ArtifactView>> of(List<ArtifactView> artifacts, int tlshMax, int ssdeepMin) {
        Map<String, List<ArtifactView>> bySha = new LinkedHashMap<>();
        artifacts.forEach(a -> bySha.computeIfAbsent(a.sha256(), s -> new ArrayList<>()).add(a));
        List<List<ArtifactView>> contents = new ArrayList<>(bySha.values());
        int[] parent = new int[contents.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Long, List<Integer>> tlshKeys = new HashMap<>();
        Map<Long, List<Integer>> ssdeepKeys = new HashMap<>();
        for (int i = 0; i < contents.size(); i++) {
            AnalysisResult r = contents.get(i).get(0).analysis();
            String tlsh = r == null ? null : r.tlsh();
            String ssdeep = r == null ? null : r.ssdeep();
            try {
                if (tlsh != null) {
                    for (int k : SimilarityKeys.tlsh(tlsh)) {
                        link(tlshKeys, k, i, parent, j -> Tlsh.distance(tlsh, tlshOf(contents, j)) <= tlshMax);
                    }
                }
                if (ssdeep != null) {
                    for (long k : SimilarityKeys.ssdeep(ssdeep)) {
                        link(ssdeepKeys, k, i, parent, j -> Ssdeep.compare(ssdeep, ssdeepOf(contents, j)) >= ssdeepMin);
                    }
                }
            } catch (IllegalArgumentException e) {
                // a digest from an older engine that the index does not take: the content stays on its own
            }
        }
        Map<Integer, List<ArtifactView>> components = new LinkedHashMap<>();
        for (int i = 0; i < contents.size(); i++) {
            components.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).addAll(contents.get(i));
        }
        return components.values().stream().filter(c -> c.size() > 1)
                .peek(c -> c.sort(Comparator.comparing(ArtifactView::createdAt).thenComparing(ArtifactView::key)))
                .sorted(Comparator.comparingInt((List<ArtifactView> c) -> -c.size()).thenComparing(c -> c.get(0).key()))
                .toList();
    }

    // compares i with the earlier contents under the same key that are not yet in its component, then joins the key
    private static void link(Map<Long, List<Integer>> keys, long key, int i, int[] parent,
            java.util.function.IntPredicate close) {
        List<Integer> others = keys.computeIfAbsent(key, k -> new ArrayList<>());
        for (int j : others) {
            if (find(parent, i) != find(parent, j) && close.test(j)) {
                parent[find(parent, i)] = find(parent, j);
            }
        }
        others.add(i);
    }

    private static String tlshOf(List<List<ArtifactView>> contents, int j) {
        AnalysisResult r = contents.get(j).get(0).analysis();
        return r == null || r.tlsh() == null ? "" : r.tlsh();
    }

    private static String ssdeepOf(List<List<ArtifactView>> contents, int j) {
        AnalysisResult r = contents.get(j).get(0).analysis();
        return r == null || r.ssdeep() == null ? "" : r.ssdeep();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
