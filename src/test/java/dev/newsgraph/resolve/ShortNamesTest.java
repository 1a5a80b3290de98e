package dev.newsgraph.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which organisation names a shorter one can stand for (the fold itself needs NER to tag both names, which it
 * does for real firms only: it is measured on the held-out articles, see src/test/resources/heldout-bbc).
 */
class ShortNamesTest {

    @Test
    void aShortNameIsTheFirstWordsOrTheFirstPartOfANameRunTogether() {
        assertThat(DocumentEntities.startsWithName("Nortel Networks", "Nortel")).isTrue();
        assertThat(DocumentEntities.startsWithName("Deutsche Bank", "Deutsche")).isTrue();
        assertThat(DocumentEntities.startsWithName("GlaxoSmithKline", "Glaxo")).isTrue();
        assertThat(DocumentEntities.startsWithName("DaimlerChrysler", "Daimler")).isTrue();
    }

    @Test
    void partOfAWordOrTheWholeNameIsNot() {
        assertThat(DocumentEntities.startsWithName("Barclaycard", "Barclay")).isFalse();
        assertThat(DocumentEntities.startsWithName("Barclays", "Barclays")).isFalse();
        assertThat(DocumentEntities.startsWithName("IBMCorp", "IB")).isFalse();
        assertThat(DocumentEntities.startsWithName("Glaxo", "GlaxoSmithKline")).isFalse();
    }

    @Test
    void aNameShortenedWordByWordAbbreviatesTheFullName() {
        assertThat(DocumentEntities.abbreviates("Man Utd", "Manchester United")).isTrue();
        assertThat(DocumentEntities.abbreviates("Wand Utd", "Wandleford United")).isTrue();
    }

    @Test
    void aWordKeptWholeAnotherWordOrAnotherCountOfWordsDoesNot() {
        assertThat(DocumentEntities.abbreviates("Deutsche Bank", "Deutsche Boerse")).isFalse();
        assertThat(DocumentEntities.abbreviates("Man United", "Manchester United")).isFalse();
        assertThat(DocumentEntities.abbreviates("Man Utd", "Manchester City")).isFalse();
        assertThat(DocumentEntities.abbreviates("Man", "Manchester")).isFalse();
        assertThat(DocumentEntities.abbreviates("Man Utd", "Manchester United Football Club")).isFalse();
    }
}
