package dev.newsgraph.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which initials an organisation's name has (the fold itself is tested on sentences, in holdsPosition.tsv). */
class InitialsTest {

    @Test
    void initialsSkipJoiningWordsAndHyphensSplitWords() {
        assertThat(Initials.of("Oil and Natural Gas Corporation")).isEqualTo("ONGC");
        assertThat(Initials.of("London Stock Exchange")).isEqualTo("LSE");
        assertThat(Initials.of("Bank of England")).isEqualTo("BE");
        assertThat(Initials.of("Rolls-Royce Holdings")).isEqualTo("RRH");
    }

    @Test
    void aNameWithAnOrdinaryLowerCaseWordOrASingleWordHasNone() {
        assertThat(Initials.of("European stock market")).isEmpty();
        assertThat(Initials.of("Euronext")).isEmpty();
    }
}
