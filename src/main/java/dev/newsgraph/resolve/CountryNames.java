package dev.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the ways news text names a country (US, U.S., American, Ukrainian) to one canonical name,
 * from CoreNLP's demonym list plus our short-form list, which also names the state whose offices serve a
 * nation without a government of its own (England's are the UK's).
 */
public final class CountryNames {

    private static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    private static final String ALIASES = "nlp/country-aliases.tsv";
    private static final String NO_PRESIDENT = "nlp/no-president.tsv";
    private static final String CHANCELLORS = "nlp/chancellors.tsv";
    private static final String NO_PRIME_MINISTER = "nlp/no-prime-minister.tsv";
    private static final CountryNames INSTANCE = new CountryNames();

    private final Map<String, String> canonicalByName = new HashMap<>();
    private final Set<String> notCountries = new HashSet<>();
    private final Map<String, String> stateOfNation = new HashMap<>();
    private final Map<String, String> stateOfDevolvedNation = new HashMap<>();
    private final Set<String> withoutPresident = new HashSet<>();
    private final Set<String> withChancellor = new HashSet<>();
    private final Set<String> withoutPrimeMinister = new HashSet<>();

    private final Map<String, String> countryByCapital = new HashMap<>();
    private final Map<String, String> capitalByCountry = new HashMap<>();

    private CountryNames() {
        load(ALIASES, true);   // first, so "US" maps to United States before any demonym line
        load(DEMONYMS, false);
        loadCapitals();
        loadList(NO_PRESIDENT, withoutPresident);
        loadList(CHANCELLORS, withChancellor);
        loadList(NO_PRIME_MINISTER, withoutPrimeMinister);
    }

    private void loadCapitals() {
        try (InputStream in = CountryNames.class.getClassLoader().getResourceAsStream("nlp/capitals.tsv")) {
            if (in == null) throw new IllegalStateException("nlp/capitals.tsv is not on the classpath");
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .forEach(c -> {
                    countryByCapital.put(key(c[1]), c[0].strip());
                    capitalByCountry.putIfAbsent(key(c[0]), c[1].strip());   // the first spelling listed
                });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The capital of this country ("in the Saudi capital" -> Riyadh), if listed. */
    public Optional<String> capitalOf(String country) {
        return Optional.ofNullable(capitalByCountry.get(key(country)));
    }

    /** The country whose capital this is ("Kyiv" -> Ukraine), for capitals that stand for governments. */
    public Optional<String> countryOfCapital(String city) {
        return Optional.ofNullable(countryByCapital.get(key(city)));
    }

    public static CountryNames get() {
        return INSTANCE;
    }

    private void load(String resource, boolean commentsAllowed) {
        try (InputStream in = CountryNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || (commentsAllowed && line.startsWith("#"))) continue;
                String[] cols = line.split("\t");
                if (cols[0].startsWith("-")) {   // a name the demonym list has that is no country
                    notCountries.add(key(cols[0].substring(1)));
                    continue;
                }
                if (cols[0].startsWith(">")) {   // a nation whose offices are its state's
                    stateOfNation.put(key(cols[0].substring(1)), cols[1].strip());
                    continue;
                }
                if (cols[0].startsWith("<")) {   // a nation with a government of its own, within a state
                    stateOfDevolvedNation.put(key(cols[0].substring(1)), cols[1].strip());
                    continue;
                }
                String head = cols[0].strip().replaceAll("\\.$", "");
                // A demonym line headed by a short form ("Britain  British") takes that form's canonical name.
                String canonical = canonicalByName.getOrDefault(key(head), head);
                for (String c : cols) {
                    if (!c.isBlank()) canonicalByName.putIfAbsent(key(c), canonical);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String s) {
        return s.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The state whose government holds a country's offices: itself, or for a nation without one ("England"), its state. */
    public String governingState(String country) {
        return stateOfNation.getOrDefault(key(country), country);
    }

    /**
     * The country whose office a title given for {@code country} is: a nation without a government of its own
     * ("England") has its state's offices; a nation with one ("Wales") has its own ministers, but an office its state
     * keeps for the whole of it ({@code stateKept}: "Chancellor", "Defence Secretary") is the state's.
     */
    public String officeCountry(String country, boolean stateKept) {
        String state = stateOfNation.get(key(country));
        if (state == null && stateKept) state = stateOfDevolvedNation.get(key(country));
        return state == null ? country : state;
    }

    /** Whether {@code place} is a nation with a government of its own within {@code state} ("Wales" in the UK). */
    public boolean isDevolvedNationOf(String place, String state) {
        return state.equals(stateOfDevolvedNation.get(key(place)));
    }

    /** Whether the country has an office called President (not a monarchy a prime minister governs: nlp/no-president.tsv). */
    public boolean hasPresident(String country) {
        return !withoutPresident.contains(key(country));
    }

    /** Whether the country has a prime minister (not a republic its president governs: nlp/no-prime-minister.tsv). */
    public boolean hasPrimeMinister(String country) {
        return !withoutPrimeMinister.contains(key(country));
    }

    /** Whether the country has an office called Chancellor (nlp/chancellors.tsv), itself or as the state of a nation. */
    public boolean hasChancellor(String country) {
        return withChancellor.contains(key(country)) || withChancellor.contains(key(governingState(country)));
    }

    private static void loadList(String resource, Set<String> into) {
        try (InputStream in = CountryNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the classpath");
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .forEach(l -> into.add(key(l)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The canonical country for a country name, short form or demonym, if it is one. */
    public Optional<String> canonical(String surface) {
        String canonical = canonicalByName.get(key(surface));
        return canonical == null || notCountries.contains(key(canonical)) ? Optional.empty() : Optional.of(canonical);
    }
}
