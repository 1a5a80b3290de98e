package dev.newsgraph.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names the whole system uses, read from {@code ontology/newsgraph.ttl}: entity types (Neo4j
 * labels) and relations (Neo4j relationship types). Nothing else in the code spells a relation name
 * that is not checked against this.
 */
public final class Ontology {

    public static final String NAMESPACE = "https://newsgraph.dev/ontology#";
    private static final String RESOURCE = "ontology/newsgraph.ttl";
    /** Infrastructure classes that are not types of extracted entities. */
    private static final Set<String> NOT_ENTITY_TYPES = Set.of("Entity", "Agent", "Place", "Document");

    private static volatile Ontology instance;

    private final Map<String, Relation> relations;
    private final Set<String> entityTypes;
    /** Each class with itself and all its superclasses (rdfs:subClassOf, transitively). */
    private final Map<String, Set<String>> superClasses;

    private Ontology(Map<String, Relation> relations, Set<String> entityTypes, Map<String, Set<String>> superClasses) {
        this.relations = Map.copyOf(relations);
        this.entityTypes = Set.copyOf(entityTypes);
        this.superClasses = Map.copyOf(superClasses);
    }

    /** The ontology shipped in the jar (a copy of the top-level {@code ontology/} folder). */
    public static Ontology get() {
        if (instance == null) {
            synchronized (Ontology.class) {
                if (instance == null) instance = load();
            }
        }
        return instance;
    }

    private static Ontology load() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath");
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Relation> relations = new LinkedHashMap<>();
        model.listResourcesWithProperty(RDF.type, OWL2.ObjectProperty).toList().stream()
            .filter(r -> r.getURI().startsWith(NAMESPACE))
            .sorted((a, b) -> a.getLocalName().compareTo(b.getLocalName()))
            .forEach(p -> relations.put(p.getLocalName(), new Relation(
                p.getLocalName(), Relation.upperSnake(p.getLocalName()),
                literal(p.getProperty(RDFS.label)), literal(p.getProperty(RDFS.comment)),
                localName(p.getPropertyResourceValue(RDFS.domain)), localName(p.getPropertyResourceValue(RDFS.range)),
                p.hasProperty(RDF.type, OWL2.SymmetricProperty))));
        Set<String> types = new TreeSet<>();
        model.listResourcesWithProperty(RDF.type, OWL2.Class).forEach(c -> {
            if (c.isURIResource() && c.getURI().startsWith(NAMESPACE) && !NOT_ENTITY_TYPES.contains(c.getLocalName())) {
                types.add(c.getLocalName());
            }
        });
        Map<String, Set<String>> supers = new LinkedHashMap<>();
        for (Resource c : model.listResourcesWithProperty(RDF.type, OWL2.Class).toList()) {
            if (!c.isURIResource() || !c.getURI().startsWith(NAMESPACE)) continue;
            Set<String> all = new TreeSet<>();
            collectSupers(c, all);
            supers.put(c.getLocalName(), all);
        }
        return new Ontology(relations, types, supers);
    }

    private static void collectSupers(Resource c, Set<String> acc) {
        if (!acc.add(c.getLocalName())) return;
        c.listProperties(RDFS.subClassOf).forEach(st -> {
            Resource sup = st.getResource();
            if (sup.isURIResource() && sup.getURI().startsWith(NAMESPACE)) collectSupers(sup, acc);
        });
    }

    private static String literal(Statement st) {
        return st == null ? null : st.getString();
    }

    private static String localName(Resource r) {
        return r == null ? null : r.getLocalName();
    }

    public List<Relation> relations() {
        return relations.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    public Optional<Relation> relation(String name) {
        return Optional.ofNullable(relations.get(name));
    }

    /** The relation of that name, or an error naming the known ones: a rule file cannot invent one. */
    public Relation requireRelation(String name) {
        Relation r = relations.get(name);
        if (r == null) throw new IllegalArgumentException("'" + name + "' is not a relation of the ontology; known: " + relations.keySet());
        return r;
    }

    /** Entity types (Person, Organization, Country, City, Location, Event, Position). */
    public Set<String> entityTypes() {
        return entityTypes;
    }

    /** Whether an entity of {@code type} may stand where the ontology asks for {@code expectedClass}. */
    public boolean fits(String type, String expectedClass) {
        return expectedClass == null || superClasses.getOrDefault(type, Set.of(type)).contains(expectedClass);
    }

    public String requireType(String name) {
        if (!entityTypes.contains(name)) throw new IllegalArgumentException("'" + name + "' is not an entity type of the ontology; known: " + entityTypes);
        return name;
    }

}
