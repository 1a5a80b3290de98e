package dev.newsgraph.store.read;

import java.util.List;

/**
 * What the read side of the graph returns: plain records, serialised as JSON by the API. Field
 * names follow the ontology (relation names such as "negotiatorOf", types such as "Person").
 */
public final class Views {
    private Views() {
    }

    public record EntitySummary(String id, String name, String type, String of, List<String> aliases, String date) {
    }

    public record EvidenceView(String documentId, String sentence, int start, int end, double confidence, String rule) {
    }

    public record FactView(String relation, EntitySummary subject, EntitySummary object, double confidence,
                           List<String> documents, List<EvidenceView> evidence) {
    }

    public record EntityDetail(EntitySummary entity, List<String> documents, List<FactView> factsOut, List<FactView> factsIn) {
    }

    public record Edge(String source, String target, String relation, double confidence) {
    }

    public record Neighborhood(EntitySummary center, int depth, List<EntitySummary> nodes, List<Edge> edges, boolean truncated) {
    }

    public record PathView(List<EntitySummary> nodes, List<FactView> facts) {
    }

    public record DocumentView(String id, String name, String title, String url, String publishedAt, String ingestedAt,
                               long tokens) {
    }

    public record DocumentDetail(DocumentView document, List<EntitySummary> entities, List<FactView> facts) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
