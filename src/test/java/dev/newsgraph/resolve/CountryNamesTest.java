package dev.newsgraph.resolve;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

    @Test
    void everyCapitalBelongsToACountryUnderItsCanonicalName() throws Exception {
        CountryNames names = CountryNames.get();
        for (String line : dataLines("nlp/capitals.tsv")) {
            String[] cols = line.split("\t");
            // a country the names list does not know, or knows by another name, would never match a mention
            assertThat(names.canonical(cols[0])).as(cols[0]).contains(cols[0]);
            assertThat(names.countryOfCapital(cols[1])).as(cols[1]).isPresent();
        }
        assertThat(names.countryOfCapital("Lima")).contains("Peru");
        assertThat(names.canonical("Côte d'Ivoire")).contains("Ivory Coast");
    }

    @Test
    void aNationsOfficesAreItsStatesWhereItHasNoGovernmentOrTheStateKeepsThem() {
        CountryNames names = CountryNames.get();
        assertThat(names.officeCountry("England", false)).isEqualTo("United Kingdom");
        assertThat(names.officeCountry("Wales", true)).isEqualTo("United Kingdom");
        assertThat(names.officeCountry("Scotland", true)).isEqualTo("United Kingdom");
        // Wales and Scotland have ministers of their own
        assertThat(names.officeCountry("Wales", false)).isEqualTo("Wales");
        assertThat(names.officeCountry("France", true)).isEqualTo("France");
        assertThat(TitleWording.isStateKeptOffice("Defence Secretary")).isTrue();
        assertThat(TitleWording.isStateKeptOffice("Chancellor")).isTrue();
        assertThat(TitleWording.isStateKeptOffice("Health Minister")).isFalse();
        assertThat(TitleWording.isStateKeptOffice("First Minister")).isFalse();
    }

    @Test
    void monarchiesAndTheNationsOfTheUnitedKingdomHaveNoPresident() {
        CountryNames names = CountryNames.get();
        assertThat(names.hasPresident("United States")).isTrue();
        assertThat(names.hasPresident("South Korea")).isTrue();
        assertThat(names.hasPresident("United Kingdom")).isFalse();
        assertThat(names.hasPresident("Japan")).isFalse();
        assertThat(names.hasPresident("Scotland")).isFalse();
    }

    @Test
    void everyCountryWithoutPresidentIsACanonicalCountryName() throws Exception {
        CountryNames names = CountryNames.get();
        // a name the country list does not know would never match a country the text names
        for (String country : dataLines("nlp/no-president.tsv")) assertThat(names.canonical(country)).as(country).contains(country);
    }

    /** A data file's lines, without blank lines and comments. */
    private static List<String> dataLines(String resource) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CountryNamesTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList();
        }
    }
}
