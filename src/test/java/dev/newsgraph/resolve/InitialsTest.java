package dev.newsgraph.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which initials an organisation's name has (the fold itself is tested on sentences, in holdsPosition.tsv). */
class InitialsTest {

    @Test
    void initialsSkipJoiningWordsAndHyphensSplitWords() {
        assertThat(DocumentEntities.initialsOf("Oil and Natural Gas Corporation")).isEqualTo("ONGC");
        assertThat(DocumentEntities.initialsOf("London Stock Exchange")).isEqualTo("LSE");
        assertThat(DocumentEntities.initialsOf("Bank of England")).isEqualTo("BE");
        assertThat(DocumentEntities.initialsOf("Rolls-Royce Holdings")).isEqualTo("RRH");
    }

    @Test
    void aNameWithAnOrdinaryLowerCaseWordOrASingleWordHasNone() {
        assertThat(DocumentEntities.initialsOf("European stock market")).isEmpty();
        assertThat(DocumentEntities.initialsOf("Euronext")).isEmpty();
    }
}
