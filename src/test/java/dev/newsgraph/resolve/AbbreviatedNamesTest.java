package dev.newsgraph.resolve;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Extraction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headline's shortened name ("Man Utd") is the organisation the story names in full, through the real pipeline:
 * NER reads the short form as a person's name, and only the headline, on a line of its own, carries it.
 */
class AbbreviatedNamesTest {

    private static final String BODY = "The battle for control of Wandleford United has taken another turn after the club confirmed a"
        + " fresh takeover approach.\n\nAt the club's annual general meeting in November, three directors were ousted from the"
        + " board. Commercial director Tom Brown was voted out, against the wishes of chief executive Pablo Soto.\n";

    private static Extraction extract(String text) throws Exception {
        return ExtractionPipeline.shared().process(DocumentReader.fromBytes(text.getBytes(), "t", "test"));
    }

    @Test
    void theShortNameIsAnAliasOfTheFullOneAndTheStorysFirm() throws Exception {
        Extraction x = extract("Tycoon eyes Wand Utd\n\n" + BODY);
        assertThat(x.entities()).extracting(Entity::name).doesNotContain("Wand Utd");
        Entity club = x.entities().stream().filter(e -> e.name().equals("Wandleford United")).findFirst().orElseThrow();
        assertThat(club.type()).isEqualTo("Organization");
        assertThat(club.aliases()).contains("Wand Utd");
        // the headline's firm is the lead's, so the bare offices below are its
        assertThat(x.facts()).anyMatch(f -> f.subject().name().equals("Tom Brown") && f.relation().equals("holdsPosition")
            && f.object().name().equals("Commercial Director") && "Wandleford United".equals(f.object().of()));
    }

    @Test
    void withTwoFullNamesItFitsTheShortNameStaysApart() throws Exception {
        Extraction x = extract("Tycoon eyes Wand Utd\n\nWandsworth United lost to Wandleford United on Saturday.\n\n" + BODY);
        assertThat(x.entities()).extracting(Entity::name).contains("Wandsworth United", "Wandleford United");
        assertThat(x.entities()).filteredOn(e -> e.name().startsWith("Wand") && e.name().endsWith("United"))
            .allSatisfy(e -> assertThat(e.aliases()).doesNotContain("Wand Utd"));
    }
}
