package org.yagura.observables.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yagura.observables.Graph;

/**
 * A {@link Graph} laid out on concentric rings for drawing as SVG on the server: the record in the middle, its
 * observables on the first ring in the order they were added, the other records on the second ring, each near
 * the observables it shares. The layout depends only on the graph, so the same graph is always drawn the same.
 */
public record GraphPicture(int size, List<Dot> dots, List<Line> lines, int notDrawn) {

    /** Most observables and most other records drawn; the rest is counted in {@code notDrawn} (the list shows all). */
    static final int MAX_OBSERVABLES = 60;
    static final int MAX_RELATED = 80;
    private static final int LABEL = 28;

    /** A node: {@code kind} {@code center}, {@code observable} or {@code related}; {@code status} as in the graph. */
    public record Dot(String id, double x, double y, double r, String kind, String status, String label, String title,
            String path, boolean labelLeft) {

        /** The fill colour: dark for the record, purple for other records, green, amber (noise) or grey (too common). */
        public String fill() {
            return switch (kind) {
                case "center" -> "#1f2a37";
                case "related" -> "#6f42c1";
                default -> switch (status) {
                    case "noise" -> "#ffc107";
                    case "too-common" -> "#ced4da";
                    default -> "#198754";
                };
            };
        }

        /** Known noise and too-common values are drawn dashed with a mark: they do not correlate. */
        public boolean marked() {
            return status.equals("noise") || status.equals("too-common");
        }

        /** An id usable in HTML, e.g. {@code graph-node-incident-IR-2026-0001}. */
        public String domId() {
            return "graph-node-" + id.replaceAll("[^A-Za-z0-9_-]", "-");
        }
    }

    /** An edge between two dots; {@code label} is the role or how the records relate. */
    public record Line(double x1, double y1, double x2, double y2, String label, boolean toRelated) {
    }

    /** The message key describing an observable's status in the graph. */
    public static String statusKey(String status) {
        return switch (status) {
            case "noise" -> "observable.graph.legend.noise";
            case "too-common" -> "observable.graph.legend.too-common";
            default -> "observable.status.correlated";
        };
    }

    static GraphPicture of(Graph graph) {
        List<Graph.Node> observables = new ArrayList<>();
        List<Graph.Node> related = new ArrayList<>();
        Graph.Node center = null;
        for (Graph.Node n : graph.nodes()) {
            if (n.status().equals("center")) {
                center = n;
            } else if (n.kind().equals("observable")) {
                observables.add(n);
            } else {
                related.add(n);
            }
        }
        int notDrawn = Math.max(0, observables.size() - MAX_OBSERVABLES) + Math.max(0, related.size() - MAX_RELATED);
        observables = observables.subList(0, Math.min(observables.size(), MAX_OBSERVABLES));
        Map<String, Double> angleOf = new HashMap<>();
        int n = observables.size();
        for (int i = 0; i < n; i++) {
            angleOf.put(observables.get(i).id(), -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n));
        }
        // each other record wants to sit at the mean direction of the observables it shares
        Map<String, double[]> pull = new HashMap<>();
        for (Graph.Edge e : graph.edges()) {
            Double a = angleOf.get(e.from());
            if (a != null) {
                double[] v = pull.computeIfAbsent(e.to(), k -> new double[2]);
                v[0] += Math.cos(a);
                v[1] += Math.sin(a);
            }
        }
        List<Graph.Node> placed = related.stream().filter(r -> pull.containsKey(r.id())).limit(MAX_RELATED).toList();
        List<Graph.Node> byDirection = new ArrayList<>(placed);
        byDirection.sort((x, y) -> Double.compare(direction(pull.get(x.id())), direction(pull.get(y.id()))));
        int m = byDirection.size();
        double r1 = Math.max(110, n * 36 / (2 * Math.PI));
        double r2 = Math.max(r1 + 130, m * 34 / (2 * Math.PI));
        int size = (int) Math.ceil(2 * (r2 + 140));
        double c = size / 2.0;
        List<Dot> dots = new ArrayList<>();
        Map<String, Dot> byId = new HashMap<>();
        if (center != null) {
            add(dots, byId, new Dot(center.id(), c, c, 26, "center", "center", abbreviate(center.label()), center.label(), "", false));
        }
        for (Graph.Node o : observables) {
            double a = angleOf.get(o.id());
            add(dots, byId, new Dot(o.id(), c + r1 * Math.cos(a), c + r1 * Math.sin(a), 12, "observable", o.status(),
                    abbreviate(o.label()), o.label(), o.path(), Math.cos(a) < -0.01));
        }
        // evenly spaced slots, turned so that on average each record is as close as it can be to where it wants to be
        double sx = 0;
        double sy = 0;
        for (int j = 0; j < m; j++) {
            double shift = direction(pull.get(byDirection.get(j).id())) - 2 * Math.PI * j / m;
            sx += Math.cos(shift);
            sy += Math.sin(shift);
        }
        double base = m == 0 ? 0 : Math.atan2(sy, sx);
        for (int j = 0; j < m; j++) {
            Graph.Node r = byDirection.get(j);
            double a = base + 2 * Math.PI * j / m;
            add(dots, byId, new Dot(r.id(), c + r2 * Math.cos(a), c + r2 * Math.sin(a), 16, "related", r.status(),
                    abbreviate(r.label()), r.label(), r.path(), Math.cos(a) < -0.01));
        }
        List<Line> lines = new ArrayList<>();
        for (Graph.Edge e : graph.edges()) {
            Dot from = byId.get(e.from());
            Dot to = byId.get(e.to());
            if (from != null && to != null) {
                lines.add(new Line(round(from.x()), round(from.y()), round(to.x()), round(to.y()), e.label(), to.kind().equals("related")));
            }
        }
        return new GraphPicture(size, dots.stream().map(d -> new Dot(d.id(), round(d.x()), round(d.y()), d.r(), d.kind(), d.status(),
                d.label(), d.title(), d.path(), d.labelLeft())).toList(), lines, notDrawn);
    }

    private static void add(List<Dot> dots, Map<String, Dot> byId, Dot dot) {
        dots.add(dot);
        byId.put(dot.id(), dot);
    }

    private static double direction(double[] v) {
        double a = Math.atan2(v[1], v[0]);
        return a < -Math.PI / 2 ? a + 2 * Math.PI : a;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String abbreviate(String label) {
        return label.length() <= LABEL ? label : label.substring(0, LABEL - 1) + "…";
    }
}
