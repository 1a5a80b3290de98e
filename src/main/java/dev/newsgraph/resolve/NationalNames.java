package dev.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Names only one country has, read from a {@code name<TAB>country} list: offices ("Home Secretary",
 * {@code nlp/national-offices.tsv}) give a bare title its country; institutions ("the Commons", "the
 * Kremlin", {@code nlp/national-institutions.tsv}) tell whose politics a story is about.
 */
final class NationalNames {

    private static final NationalNames OFFICES = new NationalNames("nlp/national-offices.tsv");
    private static final NationalNames INSTITUTIONS = new NationalNames("nlp/national-institutions.tsv");

    private final Map<String, String> countryByName = new LinkedHashMap<>();
    private final Map<Pattern, String> countryByPattern = new LinkedHashMap<>();

    private NationalNames(String resource) {
        try (InputStream in = NationalNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the classpath");
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .forEach(c -> {
                    if (c.length != 2) throw new IllegalStateException(resource + ": expected 'name<TAB>country' in " + String.join("\t", c));
                    countryByName.put(key(c[0]), c[1].strip());
                    countryByPattern.put(Pattern.compile("\\b" + Pattern.quote(c[0].strip()) + "\\b"), c[1].strip());
                });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NationalNames offices() {
        return OFFICES;
    }

    static NationalNames institutions() {
        return INSTITUTIONS;
    }

    /** The one country that has this name, if it is listed (any case and spacing). */
    Optional<String> countryOf(String name) {
        return Optional.ofNullable(countryByName.get(key(name)));
    }

    /** The countries whose listed names occur in the text, written as listed (case matters: "the Commons", not "commons"). */
    Set<String> countriesNamedIn(String text) {
        Set<String> out = new TreeSet<>();
        countryByPattern.forEach((p, country) -> {
            if (p.matcher(text).find()) out.add(country);
        });
        return out;
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
