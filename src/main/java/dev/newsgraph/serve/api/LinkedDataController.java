package dev.newsgraph.serve.api;

import dev.newsgraph.project.RdfExport;
import dev.newsgraph.project.RdfMirror;
import dev.newsgraph.project.RdfProjection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Linked data over HTTP: the whole graph as RDF (streamed, content-negotiated), and dereferenceable
 * entity IRIs following the 303 pattern: {base}resource/{id} answers 303 See Other to
 * /data/{id}.ttl or .jsonld (machines) or to /entity/{id} (people), by the Accept header.
 */
@RestController
@Tag(name = "linked data", description = "RDF exports and dereferenceable IRIs")
class LinkedDataController {

    /** Everything said about an entity and everything that points at it, in the union of the document graphs. */
    private static final Query DESCRIBE = QueryFactory.create("""
        CONSTRUCT { ?e ?p ?o . ?s ?q ?e }
        WHERE { { ?e ?p ?o } UNION { ?s ?q ?e } }
        """);

    private final RdfExport export;
    private final RdfMirror mirror;
    private final RdfProjection projection;

    LinkedDataController(RdfExport export, RdfMirror mirror, RdfProjection projection) {
        this.export = export;
        this.mirror = mirror;
        this.projection = projection;
    }

    @Operation(summary = "The whole graph as RDF: ?format= or the Accept header (turtle, ntriples, nquads, trig, jsonld, rdfxml)")
    @GetMapping("/api/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
                                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        RdfExport.Format chosen;
        if (format != null) {
            chosen = RdfExport.Format.byName(format).orElseThrow(() -> ApiErrors.badRequest(
                "unknown format '" + format + "'; known: " + RdfExport.Format.names()));
        } else {
            chosen = negotiate(accept).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE,
                "none of " + accept + " can be served; known: " + RdfExport.Format.names() + " as "
                    + List.of(RdfExport.Format.values()).stream().map(f -> f.mediaType).toList()));
        }
        StreamingResponseBody body = out -> export.write(chosen, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(chosen.mediaType + ";charset=UTF-8"))
            .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=newsgraph." + chosen.extension).body(body);
    }

    /** First Accept entry we can write; no header or * / * means Turtle. */
    private static Optional<RdfExport.Format> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(RdfExport.Format.TURTLE);
        for (MediaType m : MediaType.parseMediaTypes(accept)) {
            if (m.isWildcardType() || (m.getType().equals("text") && m.isWildcardSubtype())) return Optional.of(RdfExport.Format.TURTLE);
            Optional<RdfExport.Format> f = RdfExport.Format.byMediaType(m.getType() + "/" + m.getSubtype());
            if (f.isPresent()) return f;
        }
        return Optional.empty();
    }

    @Operation(summary = "An entity's IRI: 303 to its data (Turtle, JSON-LD) or to its page (HTML)")
    @GetMapping("/resource/{id}")
    ResponseEntity<Void> resource(@PathVariable String id, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String target = "/entity/" + id;
        if (accept != null) {
            for (MediaType m : MediaType.parseMediaTypes(accept)) {
                if (m.isCompatibleWith(MediaType.TEXT_HTML) && !m.isWildcardType()) break;
                if (m.getSubtype().equals("turtle")) { target = "/data/" + id + ".ttl"; break; }
                if (m.getSubtype().equals("ld+json") || m.equals(MediaType.APPLICATION_JSON)) { target = "/data/" + id + ".jsonld"; break; }
                if (m.getSubtype().equals("n-triples")) { target = "/data/" + id + ".nt"; break; }
            }
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(target)).build();
    }

    @Operation(summary = "An entity's description as RDF (.ttl, .jsonld or .nt)")
    @GetMapping("/data/{id}.{ext}")
    ResponseEntity<byte[]> data(@PathVariable String id, @PathVariable String ext) {
        RdfExport.Format format = RdfExport.Format.byName(ext).filter(f -> !f.quads || f == RdfExport.Format.JSONLD)
            .orElseThrow(() -> ApiErrors.notFound("no data format ." + ext + " (use .ttl, .jsonld or .nt)"));
        Node entity = projection.iris().entity(id);
        Graph description = Txn.calculateRead(mirror.dataset(), () ->
            QueryExec.dataset(mirror.dataset().asDatasetGraph()).query(DESCRIBE).substitution("e", entity).construct());
        if (description.isEmpty()) throw ApiErrors.notFound("no entity " + id);
        description.getPrefixMapping().setNsPrefix("ng", dev.newsgraph.ontology.Ontology.NAMESPACE);
        description.getPrefixMapping().setNsPrefix("rdfs", org.apache.jena.vocabulary.RDFS.getURI());
        description.getPrefixMapping().setNsPrefix("skos", org.apache.jena.vocabulary.SKOS.getURI());
        description.getPrefixMapping().setNsPrefix("rdf", org.apache.jena.vocabulary.RDF.getURI());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        RDFDataMgr.write(buf, description, switch (format) {
            case JSONLD -> RDFFormat.JSONLD11;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            default -> RDFFormat.TURTLE_PRETTY;
        });
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.mediaType + ";charset=UTF-8"))
            .header(HttpHeaders.CONTENT_LOCATION, "/data/" + id + "." + format.extension).body(buf.toByteArray());
    }
}
