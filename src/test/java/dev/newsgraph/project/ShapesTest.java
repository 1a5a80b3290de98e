package dev.newsgraph.project;

import dev.newsgraph.ontology.Ontology;
import dev.newsgraph.ontology.Relation;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ontology/shapes.ttl keeps one subject and one object shape per relation of the ontology. */
class ShapesTest {

    @Test
    void everyRelationHasItsDomainAndRangeShapes() {
        Graph shapes = ShaclValidation.loadShapes();
        Node targetSubjectsOf = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetSubjectsOf");
        Node targetObjectsOf = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetObjectsOf");
        for (Relation r : Ontology.get().relations()) {
            Node property = NodeFactory.createURI(Ontology.NAMESPACE + r.name());
            assertThat(shapes.find(Node.ANY, targetSubjectsOf, property).hasNext()).as(r.name() + " subject shape").isTrue();
            assertThat(shapes.find(Node.ANY, targetObjectsOf, property).hasNext()).as(r.name() + " object shape").isTrue();
        }
    }
}
