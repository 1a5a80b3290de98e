package dev.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Offices only one country has under that name ("Home Secretary"), read from
 * {@code nlp/national-offices.tsv}: the country of such a title when the text names none.
 */
final class NationalOffices {

    private static final String RESOURCE = "nlp/national-offices.tsv";
    private static final NationalOffices INSTANCE = new NationalOffices();

    private final Map<String, String> countryByTitle = new HashMap<>();

    private NationalOffices() {
        try (InputStream in = NationalOffices.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath");
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .forEach(c -> {
                    if (c.length != 2) throw new IllegalStateException(RESOURCE + ": expected 'title<TAB>country' in " + String.join("\t", c));
                    countryByTitle.put(key(c[0]), c[1].strip());
                });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NationalOffices get() {
        return INSTANCE;
    }

    /** The one country that has this office, if the title is listed. */
    Optional<String> countryOf(String title) {
        return Optional.ofNullable(countryByTitle.get(key(title)));
    }

    private static String key(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
