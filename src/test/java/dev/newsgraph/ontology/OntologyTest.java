package dev.newsgraph.ontology;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OntologyTest {

    private final Ontology ontology = Ontology.get();

    /** The 19 relations of ../shared/eval/README.md, each with label, comment, domain and range. */
    @Test
    void declaresTheNineteenRelationsWithDomainsAndRanges() {
        List<String> names = ontology.relations().stream().map(Relation::name).toList();
        assertThat(names).containsExactlyInAnyOrder("negotiatorOf", "envoyOf", "resignedAfter", "resignedFrom",
            "holdsPosition", "memberOf", "leaderOf", "relativeOf", "metWith", "participatedIn", "heldIn", "locatedIn",
            "annexed", "invaded", "allyOf", "visited", "plannedVisit", "spokeFor", "proposed");
        for (Relation r : ontology.relations()) {
            assertThat(r.label()).as(r.name()).isNotBlank();
            assertThat(r.comment()).as(r.name()).isNotBlank();
            assertThat(r.domain()).as(r.name()).isNotNull();
            assertThat(r.range()).as(r.name()).isNotNull();
        }
        assertThat(ontology.requireRelation("metWith").symmetric()).isTrue();
        assertThat(ontology.requireRelation("envoyOf").symmetric()).isFalse();
    }

    @Test
    void neo4jTypesAreUpperSnake() {
        assertThat(ontology.requireRelation("negotiatorOf").neo4jType()).isEqualTo("NEGOTIATOR_OF");
        assertThat(ontology.requireRelation("resignedAfter").neo4jType()).isEqualTo("RESIGNED_AFTER");
        assertThat(ontology.requireRelation("plannedVisit").neo4jType()).isEqualTo("PLANNED_VISIT");
        assertThat(ontology.requireRelation("annexed").neo4jType()).isEqualTo("ANNEXED");
    }

    @Test
    void entityTypesAndTheirHierarchy() {
        assertThat(ontology.entityTypes()).containsExactlyInAnyOrder(
            "Person", "Organization", "Country", "City", "Location", "Event", "Position");
        assertThat(ontology.fits("Country", "Agent")).isTrue();
        assertThat(ontology.fits("Country", "Place")).isTrue();
        assertThat(ontology.fits("City", "Agent")).isFalse();
        assertThat(ontology.fits("Event", "Position")).isFalse();
    }

    @Test
    void unknownNamesAreRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> ontology.requireRelation("marriedTo"))
            .hasMessageContaining("marriedTo").hasMessageContaining("negotiatorOf");
        assertThatThrownBy(() -> ontology.requireType("Company")).hasMessageContaining("Person");
    }
}
