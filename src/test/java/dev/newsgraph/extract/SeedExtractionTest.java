package dev.newsgraph.extract;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.TestFiles;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.model.Fact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The mission facts of the seed article, through the real pipeline, with their evidence. */
class SeedExtractionTest {

    private static Extraction seed;

    @BeforeAll
    static void extractSeed() throws Exception {
        seed = ExtractionPipeline.shared().process(DocumentReader.read(TestFiles.SEED));
    }

    private static Optional<Fact> fact(String subject, String relation, String objectContains) {
        return seed.facts().stream()
            .filter(f -> f.subject().name().equals(subject) && f.relation().equals(relation)
                && f.object().name().contains(objectContains))
            .findFirst();
    }

    private static void assertEvidence(Fact f, String sentenceStart) {
        String text = TestFiles.seedText();
        assertThat(f.evidence().sentence()).startsWith(sentenceStart);
        assertThat(text.substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().sentence());
    }

    @Test
    void umerovIsNegotiatorOfUkraine() {
        Fact f = fact("Rustem Umerov", "negotiatorOf", "Ukraine").orElseThrow(() -> new AssertionError(seed.facts()));
        assertThat(f.object().type()).isEqualTo("Country");
        assertEvidence(f, "The talks, held in Florida, included a Ukrainian delegation led by Rustem Umerov");
    }

    @Test
    void witkoffIsEnvoyOfTrump() {
        Fact f = fact("Steve Witkoff", "envoyOf", "Donald Trump").orElseThrow(() -> new AssertionError(seed.facts()));
        assertThat(f.object().type()).isEqualTo("Person");
        assertEvidence(f, "This meeting also featured President Donald Trump's envoy, Steve Witkoff");
    }

    @Test
    void yermakResignedAfterTheRaid() {
        Fact f = fact("Andriy Yermak", "resignedAfter", "raid").orElseThrow(() -> new AssertionError(seed.facts()));
        assertThat(f.object().type()).isEqualTo("Event");
        assertThat(f.object().name()).contains("anti-corruption raid").contains("residence");
        assertEvidence(f, "The high-stakes meeting follows a recent tumult");
    }

    @Test
    void namesAreResolvedWithinTheDocument() {
        assertThat(seed.entities()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Rustem Umerov");
            assertThat(e.aliases()).contains("Umerov");
        });
        assertThat(seed.entities()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("United States");
            assertThat(e.aliases()).contains("US");
        });
        // one node per person: no separate "Umerov" or "Trump"
        assertThat(seed.entities()).noneMatch(e -> e.name().equals("Umerov") || e.name().equals("Trump"));
        // pronouns are not entities
        assertThat(seed.entities()).noneMatch(e -> e.name().equalsIgnoreCase("his") || e.name().equalsIgnoreCase("he"));
    }

    @Test
    void theOtherFirstRelationsFireOnTheSeed() {
        assertThat(fact("Marco Rubio", "holdsPosition", "Secretary of State")).hasValueSatisfying(
            f -> assertThat(f.object().of()).isEqualTo("United States"));
        assertThat(fact("Jared Kushner", "relativeOf", "Donald Trump")).isPresent();
        assertThat(fact("Russia", "annexed", "Crimea")).isPresent();
        assertThat(fact("Andriy Yermak", "resignedFrom", "Chief Negotiator")).isPresent();
    }

    @Test
    void everyFactHasEvidenceInsideTheText() {
        String text = TestFiles.seedText();
        assertThat(seed.facts()).isNotEmpty().allSatisfy(f -> {
            assertThat(text.substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().sentence());
            assertThat(f.rule()).startsWith("rules/");
        });
        assertThat(seed.tokens()).isBetween(550, 700);
    }

    /** Spellings of one name that differ by a letter are one person; different short names are not. */
    @Test
    void transliterationVariantsAreOnePerson() throws Exception {
        String text = "Ukrainian President Volodymyr Zelensky spoke on Monday. Later, Zelenskyy thanked the allies. "
            + "Mark Rutte met Maria Rute in Brussels.";
        var x = ExtractionPipeline.shared().process(DocumentReader.fromBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "t", "test"));
        assertThat(x.entities()).filteredOn(e -> e.type().equals("Person") && e.name().startsWith("Volodymyr"))
            .singleElement().satisfies(e -> assertThat(e.aliases()).contains("Zelenskyy"));
        assertThat(x.entities()).noneMatch(e -> e.name().equals("Zelenskyy"));
        assertThat(x.entities()).extracting(e -> e.name()).contains("Mark Rutte", "Maria Rute");
    }
}
