package dev.newsgraph.serve.api;

import dev.newsgraph.ontology.Ontology;
import dev.newsgraph.store.read.GraphQueries;
import dev.newsgraph.store.read.Views.EntityDetail;
import dev.newsgraph.store.read.Views.EntitySummary;
import dev.newsgraph.store.read.Views.FactView;
import dev.newsgraph.store.read.Views.Neighborhood;
import dev.newsgraph.store.read.Views.Page;
import dev.newsgraph.store.read.Views.PathView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Graph lookups: search, one entity with its facts and evidence, neighbourhoods, paths, facts. */
@RestController
@RequestMapping("/api")
@Tag(name = "graph", description = "Look the graph up")
class EntityController {

    private static final int NEIGHBOR_EDGE_CAP = 300;

    private final GraphQueries queries;
    private final Ontology ontology = Ontology.get();

    EntityController(GraphQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "Search entities by name or alias (fulltext, best first)")
    @GetMapping("/entities")
    List<EntitySummary> search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                               @RequestParam(required = false) Integer limit) {
        return queries.searchEntities(q, type(type), ApiErrors.inRange("limit", limit, 20, 1, 200));
    }

    @Operation(summary = "One entity: types, aliases, facts in and out with confidence, evidence and documents")
    @GetMapping("/entities/{id}")
    EntityDetail entity(@PathVariable String id) {
        return queries.entity(id).orElseThrow(() -> ApiErrors.notFound("no entity " + id));
    }

    @Operation(summary = "The entity's neighbourhood up to depth 1..3, optionally over one relation")
    @GetMapping("/entities/{id}/neighbors")
    Neighborhood neighbors(@PathVariable String id, @RequestParam(required = false) Integer depth,
                           @RequestParam(required = false) String relation) {
        int d = ApiErrors.inRange("depth", depth, 1, 1, 3);
        return queries.neighbors(id, d, relation(relation), NEIGHBOR_EDGE_CAP)
            .orElseThrow(() -> ApiErrors.notFound("no entity " + id));
    }

    @Operation(summary = "Shortest paths over facts between two entities")
    @GetMapping("/paths")
    List<PathView> paths(@RequestParam String from, @RequestParam String to, @RequestParam(required = false) Integer maxHops) {
        int hops = ApiErrors.inRange("maxHops", maxHops, 4, 1, GraphQueries.maxPathHops());
        return queries.paths(from, to, hops).orElseThrow(() -> ApiErrors.notFound("no entity " + from + " or " + to));
    }

    @Operation(summary = "Facts, filtered by relation, subject and object entity ids; paged")
    @GetMapping("/facts")
    Page<FactView> facts(@RequestParam(required = false) String relation, @RequestParam(required = false) String subject,
                         @RequestParam(required = false) String object, @RequestParam(required = false) Integer page,
                         @RequestParam(required = false) Integer size) {
        return queries.facts(relation(relation), subject, object, ApiErrors.inRange("page", page, 0, 0, 1_000_000),
            ApiErrors.inRange("size", size, 50, 1, 500));
    }

    private String type(String type) {
        if (type == null || type.isBlank()) return null;
        if (!ontology.entityTypes().contains(type)) throw ApiErrors.badRequest("unknown type '" + type + "'; known: " + ontology.entityTypes());
        return type;
    }

    private String relation(String relation) {
        if (relation == null || relation.isBlank()) return null;
        return ontology.relation(relation).orElseThrow(() -> ApiErrors.badRequest("unknown relation '" + relation + "'; known: "
            + ontology.relations().stream().map(r -> r.name()).toList())).name();
    }
}
