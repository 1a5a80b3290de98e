package dev.newsgraph.eval;

import dev.newsgraph.eval.GoldDocument.GoldEntity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The scoring rules of ../shared/eval/README.md, on entities written for this test. */
class NameMatcherTest {

    private final NameMatcher m = new NameMatcher(List.of(
        new GoldEntity("Rustem Umerov", "Person", List.of("Rustem Umerov", "Umerov")),
        new GoldEntity("Andriy Yermak", "Person", List.of("Andriy Yermak")),
        new GoldEntity("United States", "Country", List.of("US", "United States", "Washington")),
        new GoldEntity("Washington", "City", List.of("Washington")),
        new GoldEntity("anti-corruption raid at Andriy Yermak's residence", "Event", List.of("a significant anti-corruption raid at his residence")),
        new GoldEntity("Secretary of State|United States", "Position", List.of("US Secretary of State")),
        new GoldEntity("Chief of Staff to the President|Ukraine", "Position", List.of("chief of staff")),
        new GoldEntity("Deputy Prime Minister|United Kingdom", "Position", List.of("Deputy Prime Minister")),
        new GoldEntity("Prime Minister|United Kingdom", "Position", List.of("Prime Minister")),
        new GoldEntity("Chancellor of the Exchequer|United Kingdom", "Position", List.of("chancellor")),
        new GoldEntity("Chancellor|United Kingdom", "Position", List.of("Chancellor")),
        new GoldEntity("Oslo summit", "Event", List.of("the meeting")),
        new GoldEntity("planned three-way meeting", "Event", List.of("a trilateral meeting"))));

    @Test
    void namesMatchAfterNormalisation() {
        assertThat(m.match("the United States", "Country", null)).contains("United States");
        assertThat(m.match("US", "Country", null)).contains("United States");
        assertThat(m.match("Umerov's", "Person", null)).contains("Rustem Umerov");
        assertThat(m.match("Ukraine", "Country", null)).isEmpty();
    }

    @Test
    void aCanonicalNameWinsOverTheSameWordAsAnotherEntitysAlias() {
        assertThat(m.match("Washington", "City", null)).contains("Washington");
    }

    @Test
    void aPersonMatchesByLastNameAndAnEventByContentWords() {
        assertThat(m.match("Mr Yermak", "Person", null)).contains("Andriy Yermak");
        assertThat(m.match("significant anti-corruption raid at Andriy Yermak's residence", "Event", null))
            .contains("anti-corruption raid at Andriy Yermak's residence");
        assertThat(m.match("peace talks", "Event", null)).isEmpty();
    }

    @Test
    void positionsMatchByTitleAndOrganisation() {
        assertThat(m.match("Secretary of State", "Position", "United States")).contains("Secretary of State|United States");
        assertThat(m.match("Secretary of State", "Position", "US")).contains("Secretary of State|United States");
        assertThat(m.match("Secretary of State", "Position", "France")).isEmpty();
        assertThat(m.match("Head of the Office of the President", "Position", "Ukraine")).contains("Chief of Staff to the President|Ukraine");
        assertThat(NameMatcher.sameTitle("Deputy Prime Minister", "Prime Minister")).isTrue();   // Jaccard 2/3
        assertThat(NameMatcher.sameTitle("Foreign Minister", "Prime Minister")).isFalse();
    }

    @Test
    void anEventMatchesTheGoldEventSharingTheMostContentWords() {
        // both aliases overlap fully ("meeting" / "trilateral meeting"); the second shares two words
        assertThat(m.match("trilateral meeting with the Ukrainian president", "Event", null)).contains("planned three-way meeting");
        assertThat(m.match("meeting", "Event", null)).contains("Oslo summit");
    }

    @Test
    void anEqualTitleWinsOverAnEarlierSimilarOne() {
        assertThat(m.match("Prime Minister", "Position", "United Kingdom")).contains("Prime Minister|United Kingdom");
        assertThat(m.match("Deputy Prime Minister", "Position", "United Kingdom")).contains("Deputy Prime Minister|United Kingdom");
    }

    @Test
    void aTitleEqualToAGoldTitleWinsOverAnEarlierOnesAlias() {
        assertThat(m.match("Chancellor", "Position", "United Kingdom")).contains("Chancellor|United Kingdom");
        assertThat(m.match("Chancellor of the Exchequer", "Position", "United Kingdom")).contains("Chancellor of the Exchequer|United Kingdom");
    }
}
