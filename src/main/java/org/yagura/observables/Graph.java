package org.yagura.observables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two hops around a record: the record, its observables, and the other records (that the viewer may see)
 * holding them. Node ids: {@code kind:key} for records, {@code observable:id} for observables.
 */
public record Graph(List<Node> nodes, List<Edge> edges) {

    public record Node(String id, String kind, String label, String path, String status) {
    }

    /** {@code label}: the role of an observable in the record, or how a record relates ({@code same}, {@code cidr}, …). */
    public record Edge(String from, String to, String label, String toPath) {
    }

    static Graph of(Correlation c, List<ObservableLink> links) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        String center = c.record().kind() + ":" + c.record().key();
        nodes.put(center, new Node(center, c.record().kind(), c.record().key() + " " + c.record().title(), "", "center"));
        for (int i = 0; i < c.observables().size(); i++) {
            CorrelatedObservable o = c.observables().get(i);
            String id = "observable:" + o.observable().id();
            nodes.putIfAbsent(id, new Node(id, "observable", o.observable().type().key() + " " + o.observable().display(),
                    "/observables/" + o.observable().id(), o.status()));
            edges.add(new Edge(center, id, links.get(i).role().name().toLowerCase(java.util.Locale.ROOT),
                    "/observables/" + o.observable().id()));
            for (RelatedRecord r : o.related()) {
                String rid = r.kind() + ":" + r.key();
                nodes.putIfAbsent(rid, new Node(rid, r.kind(), r.key(), r.path(), "related"));
                edges.add(new Edge(id, rid, r.via(), r.path()));
            }
        }
        return new Graph(List.copyOf(nodes.values()), edges);
    }
}
