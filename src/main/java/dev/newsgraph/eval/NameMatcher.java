package dev.newsgraph.eval;

import dev.newsgraph.eval.GoldDocument.GoldEntity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps a predicted entity name onto the gold entity it stands for, under the scoring rules of
 * ../shared/eval/README.md: normalised equality with the canonical name or an alias; else a person by
 * last name, an event by shared content words; positions by title (equal, listed as equivalent, or word
 * Jaccard >= 0.6) and organisation.
 */
final class NameMatcher {

    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "for", "to", "and", "with",
        "by", "from", "s", "this", "that", "its", "his", "her", "their");
    private static final Map<String, Integer> TITLE_GROUP = loadEquivalents();

    private final List<GoldEntity> entities;

    NameMatcher(List<GoldEntity> entities) {
        this.entities = entities;
    }

    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        n = n.replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return n.replaceFirst("^(the|a|an) ", "");
    }

    private static Set<String> contentWords(String s) {
        return Arrays.stream(normalize(s).split(" ")).filter(w -> !w.isBlank() && !STOP.contains(w)).collect(Collectors.toSet());
    }

    /** The gold canonical name a predicted entity matches, if any. */
    Optional<String> match(String name, String type, String of) {
        if ("Position".equals(type)) return matchPosition(name, of);
        String n = normalize(name);
        // A canonical name first: "Tehran" is the city Tehran before it is an alias of Iran (a metonym).
        for (GoldEntity e : entities) {
            if (!e.type().equals("Position") && normalize(e.name()).equals(n)) return Optional.of(e.name());
        }
        for (GoldEntity e : entities) {
            if (!e.type().equals("Position") && e.aliases().stream().anyMatch(a -> normalize(a).equals(n))) return Optional.of(e.name());
        }
        if ("Person".equals(type)) {
            String last = n.substring(n.lastIndexOf(' ') + 1);
            List<GoldEntity> sameLast = entities.stream().filter(e -> e.type().equals("Person"))
                .filter(e -> normalize(e.name()).endsWith(" " + last) || normalize(e.name()).equals(last)).toList();
            if (sameLast.size() == 1) return Optional.of(sameLast.get(0).name());
        }
        if ("Event".equals(type)) {
            // the event sharing the most content words, among those with overlap >= 0.5 ("the meeting"
            // overlaps "trilateral meeting with Putin" fully, but "a trilateral meeting" shares more)
            Set<String> words = contentWords(name);
            GoldEntity best = null;
            int bestShared = 0;
            double bestOverlap = 0;
            for (GoldEntity e : entities) {
                if (!e.type().equals("Event")) continue;
                for (String candidate : concat(e.name(), e.aliases())) {
                    Set<String> other = contentWords(candidate);
                    double overlap = overlap(words, other);
                    if (overlap < 0.5) continue;
                    int shared = shared(words, other);
                    if (shared > bestShared || shared == bestShared && overlap > bestOverlap) {
                        bestShared = shared;
                        bestOverlap = overlap;
                        best = e;
                    }
                }
            }
            if (best != null) return Optional.of(best.name());
        }
        return Optional.empty();
    }

    /**
     * A title equal to a gold title first, then to one's alias ("Chancellor" is Brown's "Chancellor", not
     * the alias of Callaghan's "Chancellor of the Exchequer"), then a near one, so "Prime Minister" is not
     * taken for "Deputy Prime Minister".
     */
    private Optional<String> matchPosition(String title, String of) {
        Optional<String> exact = matchPosition(title, of, true, false);
        if (exact.isEmpty()) exact = matchPosition(title, of, true, true);
        return exact.isPresent() ? exact : matchPosition(title, of, false, true);
    }

    private Optional<String> matchPosition(String title, String of, boolean exactOnly, boolean withAliases) {
        for (GoldEntity e : entities) {
            if (!e.type().equals("Position")) continue;
            String[] parts = e.name().split("\\|", 2);
            String goldOf = parts.length > 1 ? parts[1] : null;
            boolean titleMatches = (withAliases ? concat(parts[0], e.aliases()) : List.of(parts[0])).stream()
                .anyMatch(t -> exactOnly ? sameTitleExactly(title, t) : sameTitle(title, t));
            if (!titleMatches) continue;
            if (goldOf == null || goldOf.isBlank()) return Optional.of(e.name());
            if (of != null && (normalize(of).equals(normalize(goldOf)) || match(of, null, null).map(goldOf::equals).orElse(false))) {
                return Optional.of(e.name());
            }
        }
        return Optional.empty();
    }

    private static boolean sameTitleExactly(String a, String b) {
        String na = normalize(a);
        String nb = normalize(b);
        Integer ga = TITLE_GROUP.get(na);
        return na.equals(nb) || ga != null && ga.equals(TITLE_GROUP.get(nb));
    }

    static boolean sameTitle(String a, String b) {
        if (sameTitleExactly(a, b)) return true;
        String na = normalize(a);
        String nb = normalize(b);
        Set<String> wa = new HashSet<>(Arrays.asList(na.split(" ")));
        Set<String> wb = new HashSet<>(Arrays.asList(nb.split(" ")));
        Set<String> inter = new HashSet<>(wa);
        inter.retainAll(wb);
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        return !union.isEmpty() && (double) inter.size() / union.size() >= 0.6;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        return (double) shared(a, b) / Math.min(a.size(), b.size());
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return inter.size();
    }

    private static List<String> concat(String first, List<String> rest) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static Map<String, Integer> loadEquivalents() {
        Map<String, Integer> groups = new HashMap<>();
        var in = NameMatcher.class.getClassLoader().getResourceAsStream("eval/title-equivalents.tsv");
        if (in == null) return groups;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int group = 0;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                group++;
                for (String t : line.split("\t")) groups.put(normalize(t), group);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }
}
