package dev.newsgraph.extract;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.annotate.NlpPipeline;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.model.Fact;
import dev.newsgraph.ontology.Ontology;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document longer than one section is annotated section by section; its facts keep offsets into
 * the whole text and an entity named in several sections is one entity. (Sections are set to 25 words
 * here so a short text needs three; the 100,000-word figures are in the issue notes.)
 */
class LongDocumentTest {

    @Test
    void factsFromEverySectionPointIntoTheWholeTextAndEntitiesAreJoined() throws Exception {
        String text = """
            Sergio Ruiz, Chile's chief negotiator, arrived in Lima on Monday for talks with officials there.
            The weather in the capital was mild, and the streets were quiet as the delegations gathered.
            Peru's envoy, Paula Diaz, said the talks would last two days and end with a joint statement.
            Observers said the mood was calm. Ruiz met Diaz in Lima on Tuesday.
            """;
        ExtractionPipeline sectioned = new ExtractionPipeline(NlpPipeline.shared(), Ontology.get(), 25);
        Extraction x = sectioned.process(DocumentReader.fromBytes(text.getBytes(), "long", "test"));

        assertThat(x.facts()).extracting(Fact::relation).contains("negotiatorOf", "envoyOf", "metWith");
        for (Fact f : x.facts()) {
            assertThat(text.substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().sentence());
        }
        Fact met = x.facts().stream().filter(f -> f.relation().equals("metWith")).findFirst().orElseThrow();
        assertThat(met.evidence().start()).isGreaterThan(text.indexOf("Observers"));
        assertThat(x.entities()).filteredOn(e -> e.key().equals("person:sergio ruiz")).singleElement()
            .extracting(Entity::aliases).asList().contains("Ruiz");
        assertThat(x.entities()).extracting(Entity::key).doesNotHaveDuplicates();
        assertThat(x.document().text()).isEqualTo(text);
    }
}
