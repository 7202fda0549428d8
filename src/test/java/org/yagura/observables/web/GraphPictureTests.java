package org.yagura.observables.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yagura.observables.Graph;

class GraphPictureTests {

    @Test
    void drawsTheRecordInTheMiddleItsObservablesOnTheFirstRingAndOtherRecordsFurtherOut() {
        GraphPicture p = GraphPicture.of(sample());
        GraphPicture.Dot center = dot(p, "incident:IR-2026-0001");
        assertThat(center.x()).isEqualTo(p.size() / 2.0);
        assertThat(center.y()).isEqualTo(p.size() / 2.0);
        double r1 = distance(center, dot(p, "observable:a"));
        assertThat(distance(center, dot(p, "observable:b"))).isCloseTo(r1, org.assertj.core.data.Offset.offset(0.2));
        assertThat(distance(center, dot(p, "incident:IR-2026-0002"))).isGreaterThan(r1 + 100);
        assertThat(p.lines()).hasSize(5);
        assertThat(p.dots()).allSatisfy(d -> assertThat(d.x()).isBetween(0.0, (double) p.size()));
    }

    @Test
    void placesAnOtherRecordOnTheSideOfTheObservableItShares() {
        GraphPicture p = GraphPicture.of(sample());
        // observable a is drawn at the top (first), c at the bottom right; IR-0002 shares a, IR-0003 shares c
        assertThat(dot(p, "incident:IR-2026-0002").y()).isLessThan(dot(p, "incident:IR-2026-0003").y());
    }

    @Test
    void marksNoiseAndTooCommonValuesAndLinksEveryNodeButTheMiddle() {
        GraphPicture p = GraphPicture.of(sample());
        assertThat(dot(p, "observable:b").marked()).isTrue();
        assertThat(dot(p, "observable:b").fill()).isEqualTo("#ffc107");
        assertThat(dot(p, "observable:a").marked()).isFalse();
        assertThat(dot(p, "incident:IR-2026-0002").path()).isEqualTo("/incidents/IR-2026-0002");
        assertThat(dot(p, "incident:IR-2026-0002").domId()).isEqualTo("graph-node-incident-IR-2026-0002");
        assertThat(dot(p, "incident:IR-2026-0001").path()).isEmpty();
    }

    @Test
    void isTheSameForTheSameGraphAndCapsWhatItDraws() {
        assertThat(GraphPicture.of(sample())).isEqualTo(GraphPicture.of(sample()));
        List<Graph.Node> nodes = new ArrayList<>(List.of(new Graph.Node("incident:IR-1", "incident", "IR-1", "", "center")));
        List<Graph.Edge> edges = new ArrayList<>();
        for (int i = 0; i < GraphPicture.MAX_OBSERVABLES + 5; i++) {
            nodes.add(new Graph.Node("observable:" + i, "observable", "ipv4 10.0.0." + i, "/observables/" + i, "correlated"));
            edges.add(new Graph.Edge("incident:IR-1", "observable:" + i, "indicator", "/observables/" + i));
        }
        GraphPicture p = GraphPicture.of(new Graph(nodes, edges));
        assertThat(p.notDrawn()).isEqualTo(5);
        assertThat(p.dots()).hasSize(GraphPicture.MAX_OBSERVABLES + 1);
    }

    private static Graph sample() {
        return new Graph(List.of(
                new Graph.Node("incident:IR-2026-0001", "incident", "IR-2026-0001 Phishing", "", "center"),
                new Graph.Node("observable:a", "observable", "domain evil.example", "/observables/a", "correlated"),
                new Graph.Node("observable:b", "observable", "ipv4 8.8.8.8", "/observables/b", "noise"),
                new Graph.Node("observable:c", "observable", "ipv4 203.0.113.9", "/observables/c", "correlated"),
                new Graph.Node("incident:IR-2026-0002", "incident", "IR-2026-0002", "/incidents/IR-2026-0002", "related"),
                new Graph.Node("incident:IR-2026-0003", "incident", "IR-2026-0003", "/incidents/IR-2026-0003", "related")),
                List.of(new Graph.Edge("incident:IR-2026-0001", "observable:a", "indicator", "/observables/a"),
                        new Graph.Edge("incident:IR-2026-0001", "observable:b", "indicator", "/observables/b"),
                        new Graph.Edge("incident:IR-2026-0001", "observable:c", "indicator", "/observables/c"),
                        new Graph.Edge("observable:a", "incident:IR-2026-0002", "same", "/incidents/IR-2026-0002"),
                        new Graph.Edge("observable:c", "incident:IR-2026-0003", "cidr", "/incidents/IR-2026-0003")));
    }

    private static GraphPicture.Dot dot(GraphPicture p, String id) {
        return p.dots().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static double distance(GraphPicture.Dot a, GraphPicture.Dot b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
