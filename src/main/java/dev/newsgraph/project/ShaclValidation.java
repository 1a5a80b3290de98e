package dev.newsgraph.project;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the projection against {@code ontology/shapes.ttl}, one document graph at a time (each is
 * self-contained: it types every entity it mentions), so memory stays flat.
 */
public final class ShaclValidation {

    /** One violation, as a person reads it. */
    public record Violation(String document, String focusNode, String path, String message) {
        @Override
        public String toString() {
            return document + ": " + focusNode + (path == null ? "" : " " + path) + ": " + message;
        }
    }

    private final Shapes shapes;
    private final RdfProjection projection;

    public ShaclValidation(RdfProjection projection) {
        this.projection = projection;
        this.shapes = Shapes.parse(loadShapes());
    }

    static Graph loadShapes() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShaclValidation.class.getClassLoader().getResourceAsStream("ontology/shapes.ttl")) {
            if (in == null) throw new IllegalStateException("ontology/shapes.ttl is not on the classpath");
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    public List<Violation> validate(String documentId) {
        Graph g = GraphFactory.createDefaultGraph();
        projection.project(documentId, new RdfExport.Triples(StreamRDFLib.graph(g)));
        return validate(documentId, g);
    }

    public List<Violation> validate(String label, Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> out = new ArrayList<>();
        report.getEntries().forEach(e -> out.add(new Violation(label, e.focusNode().toString(),
            e.resultPath() == null ? null : e.resultPath().toString(), e.message())));
        return out;
    }

    /** Validates every document; the violations of all of them. */
    public List<Violation> validateAll() {
        List<Violation> all = new ArrayList<>();
        for (String id : projection.documentIds()) all.addAll(validate(id));
        return all;
    }
}
