package dev.newsgraph.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The national offices and institutions lists (their use on sentences is tested in holdsPosition.tsv). */
class NationalNamesTest {

    @Test
    void aListedOfficeIsFoundWhateverItsCaseAndSpacing() {
        assertThat(NationalNames.offices().countryOf("home  secretary")).contains("United Kingdom");
        assertThat(NationalNames.offices().countryOf("Chancellor of the Exchequer")).contains("United Kingdom");
    }

    @Test
    void officesManyCountriesHaveAreNotListed() {
        assertThat(NationalNames.offices().countryOf("Prime Minister")).isEmpty();
        assertThat(NationalNames.offices().countryOf("Chancellor")).isEmpty();
        // a shadow office is listed only by Westminster's name for it
        assertThat(NationalNames.offices().countryOf("Shadow Health Minister")).isEmpty();
    }

    @Test
    void westminstersShadowOfficesAreTheUnitedKingdoms() {
        assertThat(NationalNames.offices().countryOf("shadow home secretary")).contains("United Kingdom");
    }

    @Test
    void institutionsAreFoundAsWrittenInText() {
        assertThat(NationalNames.institutions().countriesNamedIn("MPs in the Commons voted; the Kremlin said nothing."))
            .containsExactly("Russia", "United Kingdom");
        assertThat(NationalNames.institutions().countriesNamedIn("The commons of the village; a Kremlinologist wrote.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nlp/national-offices.tsv", "nlp/national-institutions.tsv"})
    void everyListedCountryIsOneTheCountryNamesKnowByThatName(String list) throws IOException {
        List<String> countries;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(list)) {
            countries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[1].strip()).toList();
        }
        assertThat(countries).isNotEmpty();
        for (String country : countries) assertThat(CountryNames.get().canonical(country)).contains(country);
    }
}
