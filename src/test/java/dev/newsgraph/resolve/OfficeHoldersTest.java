package dev.newsgraph.resolve;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.model.Fact;
import dev.newsgraph.ontology.Ontology;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An office a story names only in passing ("accused the prime minister of ...") is filled from the documents read
 * with it, through the real pipeline: only when they title one person with it, more than once and far more than anyone
 * else, and the story names that person with no other title.
 */
public class OfficeHoldersTest {

    public static final String TITLED_A = "Tax cuts unveiled\n\nPrime Minister Tomas Brandt has unveiled plans to cut taxes."
        + " Mr Brandt told MPs in the Commons that the cuts would start in April.\n";
    public static final String TITLED_B = "School fees row\n\nTomas Brandt, the prime minister, visited a school in Leeds on Monday."
        + " Mr Brandt told teachers that the Commons would vote on fees.\n";
    private static final String RIVAL_A = "Rail plan\n\nPrime Minister Ana Ruiz has promised new trains."
        + " Ms Ruiz told MPs in the Commons that the trains would run by June.\n";
    private static final String RIVAL_B = "Rail plan\n\nAna Ruiz, the prime minister, visited a station in Leeds."
        + " Ms Ruiz told MPs in the Commons that fares would fall.\n";
    /** Names the office only as an object, and its holder without a title. */
    public static final String IN_PASSING = "Fees row deepens\n\nCarlos Vega accused the prime minister of hiding away from the voters."
        + " Mr Vega told MPs in the Commons that Tomas Brandt had broken his promise on fees.\n";

    /** Names the office right after its holder, but no institution that says whose office it is. */
    private static final String NO_OWNER = "Sport is back\n\nTomas Brandt has promised that sport is back in schools."
        + " The prime minister launched a plan to give pupils three hours of sport a week.\n";

    /** Names the office as a clause's subject right after someone else, whom the story alone takes for its holder. */
    private static final String GUESSED = "Minister quits\n\nCarlos Vega has left the government after a row over visas."
        + " Mr Vega said he had done nothing wrong. The prime minister said he was sorry to see him go."
        + " Tomas Brandt told MPs in the Commons that a successor would be named on Monday.\n";

    /** Titles its holder by name but says nothing of whose prime minister he is. */
    private static final String UNOWNED = "Court ruling\n\nPrime Minister Tomas Brandt's official spokesman said the judgment would be studied."
        + " The judges ruled on Tuesday that the claim could go ahead.\n";
    /** The same titles, of France's prime minister. */
    private static final String FRENCH_A = TITLED_A.replace("Prime Minister", "French Prime Minister").replace("MPs in the Commons", "the National Assembly");
    private static final String FRENCH_B = TITLED_B.replace("the prime minister", "the French prime minister").replace("Leeds", "Lyon")
        .replace("the Commons", "the assembly");

    private static Extraction extract(String text) throws Exception {
        return ExtractionPipeline.shared().process(DocumentReader.fromBytes(text.getBytes(), "t", "test"));
    }

    /** The last document of the batch, after the batch is read together. */
    private static Extraction lastTogether(String... texts) throws Exception {
        List<Extraction> batch = new ArrayList<>();
        for (String t : texts) batch.add(extract(t));
        List<Extraction> filled = OfficeHolders.fill(batch, Ontology.get());
        assertThat(filled).hasSize(texts.length);
        return filled.get(filled.size() - 1);
    }

    private static Stream<Fact> primeMinisters(Extraction x) {
        return x.facts().stream().filter(f -> f.relation().equals("holdsPosition") && f.object().name().equals("Prime Minister"));
    }

    @Test
    void theStoryLeavesTheOfficeOpenOnItsOwn() throws Exception {
        Extraction alone = extract(IN_PASSING);
        assertThat(primeMinisters(alone)).isEmpty();
        assertThat(alone.openOffices()).anySatisfy(o -> {
            assertThat(o.position().name()).isEqualTo("Prime Minister");
            assertThat(o.position().of()).isEqualTo("United Kingdom");
            assertThat(IN_PASSING.substring(o.evidence().start(), o.evidence().end())).contains("accused the prime minister");
        });
    }

    @Test
    void twoDocumentsTitlingOnePersonFillIt() throws Exception {
        Extraction x = lastTogether(TITLED_A, TITLED_B, IN_PASSING);
        Fact held = primeMinisters(x).filter(f -> f.rule().startsWith(OfficeHolders.RULE)).findFirst().orElseThrow();
        assertThat(held.subject().name()).isEqualTo("Tomas Brandt");
        assertThat(held.object().of()).isEqualTo("United Kingdom");
        assertThat(held.confidence()).isLessThan(0.8);
        assertThat(IN_PASSING.substring(held.evidence().start(), held.evidence().end())).contains("accused the prime minister");
        assertThat(x.entities()).anyMatch(e -> e.key().equals(held.object().key()));
    }

    @Test
    void anOfficeWhoseOwnerTheStoryLeavesUnclearIsTheOneItsHolderHolds() throws Exception {
        Extraction alone = extract(NO_OWNER);
        assertThat(primeMinisters(alone)).isEmpty();
        assertThat(alone.openOffices()).anySatisfy(o -> {
            assertThat(o.position().name()).isEqualTo("Prime Minister");
            assertThat(o.position().of()).isNull();
        });
        Fact held = primeMinisters(lastTogether(TITLED_A, TITLED_B, NO_OWNER)).findFirst().orElseThrow();
        assertThat(held.subject().name()).isEqualTo("Tomas Brandt");
        assertThat(held.object().of()).isEqualTo("United Kingdom");
        assertThat(held.rule()).startsWith(OfficeHolders.RULE);
        assertThat(NO_OWNER.substring(held.evidence().start(), held.evidence().end())).startsWith("The prime minister launched");
    }

    @Test
    void anOfficeWithoutOwnerIsNobodysWhenTheStoryNamesTwoOfItsHolders() throws Exception {
        // Ana Ruiz is France's prime minister by two documents, Tomas Brandt the UK's by two: the story names both
        String frenchRivalA = RIVAL_A.replace("Prime Minister", "French Prime Minister").replace("MPs in the Commons", "the National Assembly");
        String frenchRivalB = RIVAL_B.replace("the prime minister", "the French prime minister").replace("Leeds", "Lyon")
            .replace("MPs in the Commons", "the National Assembly");
        String both = NO_OWNER.replace("a week.", "a week. Ana Ruiz said her pupils would do the same.");
        assertThat(primeMinisters(lastTogether(TITLED_A, TITLED_B, both))).anySatisfy(f -> assertThat(f.subject().name()).isEqualTo("Tomas Brandt"));
        assertThat(primeMinisters(lastTogether(TITLED_A, TITLED_B, frenchRivalA, frenchRivalB, both))).isEmpty();
    }

    @Test
    void oneTitlingDocumentIsTooLittle() throws Exception {
        assertThat(primeMinisters(lastTogether(TITLED_A, IN_PASSING))).isEmpty();
    }

    @Test
    void twoPeopleTitledAsOftenGiveNoHolder() throws Exception {
        assertThat(primeMinisters(lastTogether(TITLED_A, TITLED_B, RIVAL_A, RIVAL_B, IN_PASSING))).isEmpty();
    }

    @Test
    void aHolderTheStoryDoesNotNameIsNotAdded() throws Exception {
        String unnamed = IN_PASSING.replace("Tomas Brandt", "the government");
        assertThat(primeMinisters(lastTogether(TITLED_A, TITLED_B, unnamed))).isEmpty();
    }

    @Test
    void aHolderTheStoryTitlesOtherwiseIsNotGivenIt() throws Exception {
        String otherTitle = IN_PASSING.replace("that Tomas Brandt", "that Health Secretary Tomas Brandt");
        Extraction x = lastTogether(TITLED_A, TITLED_B, otherTitle);
        assertThat(primeMinisters(x)).isEmpty();
    }

    @Test
    void theStorysOwnGuessGivesWayToTheHolderTheDocumentsAgreeOn() throws Exception {
        // alone, the story gives the office to Vega, and takes his leaving the government for leaving it
        Extraction alone = extract(GUESSED);
        assertThat(primeMinisters(alone)).anySatisfy(f -> {
            assertThat(f.subject().name()).isEqualTo("Carlos Vega");
            assertThat(f.rule()).startsWith("title description");
        });
        assertThat(alone.facts()).anyMatch(f -> f.relation().equals("resignedFrom") && f.subject().name().equals("Carlos Vega"));
        Extraction x = lastTogether(TITLED_A, TITLED_B, GUESSED);
        assertThat(primeMinisters(x)).singleElement().satisfies(f -> {
            assertThat(f.subject().name()).isEqualTo("Tomas Brandt");
            assertThat(f.rule()).startsWith(OfficeHolders.RULE);
            assertThat(GUESSED.substring(f.evidence().start(), f.evidence().end())).startsWith("The prime minister said");
        });
        assertThat(x.facts()).noneMatch(f -> f.subject().name().equals("Carlos Vega") && f.object().name().equals("Prime Minister"));
        // a former holder the story describes keeps the office
        String former = GUESSED.replace("The prime minister said", "The former prime minister said");
        assertThat(primeMinisters(lastTogether(TITLED_A, TITLED_B, former))).allSatisfy(f -> assertThat(f.subject().name()).isNotEqualTo("Tomas Brandt"));
    }

    @Test
    void aGuessGivesWayWhenTheDocumentsAgreeItsPersonHoldsAnotherOffice() throws Exception {
        String vegaA = TITLED_A.replace("Prime Minister Tomas Brandt", "Home Secretary Carlos Vega").replace("Mr Brandt", "Mr Vega");
        String vegaB = TITLED_B.replace("Tomas Brandt, the prime minister", "Carlos Vega, the home secretary").replace("Mr Brandt", "Mr Vega");
        String holderUnnamed = GUESSED.replace("Tomas Brandt told", "A minister told");
        // one document titling Vega home secretary is too few: the story's guess stands
        assertThat(primeMinisters(lastTogether(vegaA, holderUnnamed))).anyMatch(f -> f.subject().name().equals("Carlos Vega"));
        Extraction x = lastTogether(vegaA, vegaB, holderUnnamed);
        assertThat(primeMinisters(x)).isEmpty();
        assertThat(x.facts()).noneMatch(f -> f.relation().equals("resignedFrom") && f.object().name().equals("Prime Minister"));
        // "the premier" guessed for the person the documents title prime minister stays: the same office in other words
        String premier = holderUnnamed.replace("The prime minister said", "The premier said");
        Extraction samePost = lastTogether(TITLED_A.replace("Tomas Brandt", "Carlos Vega").replace("Mr Brandt", "Mr Vega"),
            TITLED_B.replace("Tomas Brandt", "Carlos Vega").replace("Mr Brandt", "Mr Vega"), premier);
        assertThat(samePost.facts()).anyMatch(f -> f.subject().name().equals("Carlos Vega") && f.object().name().equals("Premier"));
    }

    @Test
    void aTitleWhoseOwnerTheStoryLeavesUnclearTakesTheOwnerTheOthersGive() throws Exception {
        Extraction alone = extract(UNOWNED);
        assertThat(primeMinisters(alone)).isEmpty();
        assertThat(alone.unownedTitles()).singleElement().satisfies(t -> {
            assertThat(t.holder().name()).isEqualTo("Tomas Brandt");
            assertThat(t.title()).isEqualTo("Prime Minister");
            assertThat(UNOWNED.substring(t.evidence().start(), t.evidence().end())).startsWith("Prime Minister Tomas Brandt's");
        });
        Fact held = primeMinisters(lastTogether(TITLED_A, TITLED_B, UNOWNED)).findFirst().orElseThrow();
        assertThat(held.subject().name()).isEqualTo("Tomas Brandt");
        assertThat(held.object().of()).isEqualTo("United Kingdom");
        assertThat(held.rule()).contains(OfficeHolders.OWNER_RULE);
        assertThat(held.confidence()).isLessThan(0.8);
    }

    @Test
    void anOwnerNeedsTwoOtherDocumentsAndNoRival() throws Exception {
        assertThat(primeMinisters(lastTogether(TITLED_A, UNOWNED))).isEmpty();
        assertThat(primeMinisters(lastTogether(TITLED_A, TITLED_B, FRENCH_A, FRENCH_B, UNOWNED))).isEmpty();
    }
}
