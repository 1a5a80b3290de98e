package dev.newsgraph.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The national-offices list (its use on sentences is tested in holdsPosition.tsv). */
class NationalOfficesTest {

    @Test
    void aListedOfficeIsFoundWhateverItsCaseAndSpacing() {
        assertThat(NationalOffices.get().countryOf("home  secretary")).contains("United Kingdom");
        assertThat(NationalOffices.get().countryOf("Chancellor of the Exchequer")).contains("United Kingdom");
    }

    @Test
    void officesManyCountriesHaveAreNotListed() {
        assertThat(NationalOffices.get().countryOf("Prime Minister")).isEmpty();
        assertThat(NationalOffices.get().countryOf("Chancellor")).isEmpty();
        assertThat(NationalOffices.get().countryOf("Shadow Home Secretary")).isEmpty();
    }

    @Test
    void everyListedCountryIsOneTheCountryNamesKnowByThatName() throws IOException {
        List<String> countries;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("nlp/national-offices.tsv")) {
            countries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[1].strip()).toList();
        }
        assertThat(countries).isNotEmpty();
        for (String country : countries) assertThat(CountryNames.get().canonical(country)).contains(country);
    }
}
