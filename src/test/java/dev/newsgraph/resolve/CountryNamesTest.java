package dev.newsgraph.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountryNamesTest {

    @Test
    void shortFormsAndDemonymsGiveOneCanonicalName() {
        CountryNames names = CountryNames.get();
        // CoreNLP's demonym list heads "British" with "Britain": it must still be the United Kingdom
        assertThat(names.canonical("British")).contains("United Kingdom");
        assertThat(names.canonical("Britain")).contains("United Kingdom");
        assertThat(names.canonical("American")).contains("United States");
        assertThat(names.canonical("U.S.")).contains("United States");
        assertThat(names.canonical("Ukrainian")).contains("Ukraine");
        assertThat(names.canonical("European")).isEmpty();
    }
}
