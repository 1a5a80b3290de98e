package dev.newsgraph.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which titles are offices, and how a Position's title is capitalised. */
class TitleWordingTest {

    @Test
    void ranksAndTradesAreNotOfficesButTitlesEndingInThoseWordsCanBe() {
        assertThat(TitleWording.isOffice("General")).isFalse();
        assertThat(TitleWording.isOffice("Lieutenant General")).isFalse();
        assertThat(TitleWording.isOffice("health analyst")).isFalse();
        assertThat(TitleWording.isOffice("actor")).isFalse();
        assertThat(TitleWording.isOffice("civil servant")).isFalse();
        assertThat(TitleWording.isOffice("Attorney General")).isTrue();
        assertThat(TitleWording.isOffice("Foreign Minister")).isTrue();
    }

    @Test
    void governmentOfficesAreMinistersSecretariesAndChancellorsNotLeadersOrPresidents() {
        assertThat(TitleWording.isGovernmentOffice("Home Secretary")).isTrue();
        assertThat(TitleWording.isGovernmentOffice("Environment Minister")).isTrue();
        assertThat(TitleWording.isGovernmentOffice("Leader")).isFalse();
        assertThat(TitleWording.isGovernmentOffice("President")).isFalse();
        // a union's or party's secretary is not a government's
        assertThat(TitleWording.isGovernmentOffice("General Secretary")).isFalse();
        assertThat(TitleWording.isGovernmentOffice("Chief Secretary")).isTrue();
    }

    @Test
    void whenATitleWasHeldIsNotPartOfIt() {
        assertThat(TitleWording.withoutTime("Former Northern Ireland minister")).isEqualTo("Northern Ireland minister");
        assertThat(TitleWording.withoutTime("then-prime minister")).isEqualTo("prime minister");
        assertThat(TitleWording.withoutTime("outgoing President")).isEqualTo("President");
        assertThat(TitleWording.withoutTime("Former")).isEqualTo("Former");
        assertThat(TitleWording.withoutTime("Formerly Secretary")).isEqualTo("Formerly Secretary");
        assertThat(TitleWording.withoutTime("Foreign Minister")).isEqualTo("Foreign Minister");
    }

    @Test
    void titlesAreNamedAsOfficesWithSmallWordsInLowerCase() {
        assertThat(TitleWording.titleCase("chief of staff to President")).isEqualTo("Chief of Staff to President");
        assertThat(TitleWording.titleCase("farm minister")).isEqualTo("Farm Minister");
    }

    @Test
    void aCounterpartAbroadHoldsTheOfficeUnderItsUsualName() {
        assertThat(TitleWording.counterpartTitle("Secretary of State")).contains("Foreign Minister");
        assertThat(TitleWording.counterpartTitle("Prime Minister")).contains("Prime Minister");
        assertThat(TitleWording.counterpartTitle("President")).contains("President");
        assertThat(TitleWording.counterpartTitle("Chief Executive")).isEmpty();
    }
}
