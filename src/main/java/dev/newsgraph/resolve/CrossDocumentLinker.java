package dev.newsgraph.resolve;

import dev.newsgraph.model.Entity;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a person or organisation named in a new document is one already in the graph under
 * another key ("Blair" in one article, "Tony Blair" in forty). Conservative on purpose: a name shared
 * by several known entities joins one only when the documents share context, so two people with one
 * surname stay apart unless the text ties them. Every decision names its rule and score, so it can
 * be recorded, listed and undone.
 */
public final class CrossDocumentLinker {

    /**
     * Forms of address that are not part of a name ("Mr Cable", "Dr Fox"). Peerages are not among them
     * ("Baroness Kennedy" is not Charles Kennedy; only outside knowledge says "Baron Kinnock" is Neil),
     * nor "Mrs", "Ms", "Miss" ("Mrs Howard" is not Michael Howard).
     */
    private static final Set<String> HONORIFICS = Set.of("mr", "dr", "prof", "professor", "rev");

    /** An entity already in the graph that might be the incoming one. */
    public record Candidate(String key, String name, String type, List<String> aliases, int sharedContext) {
    }

    /** The incoming entity is {@code targetKey}, by {@code rule}, with {@code score}. */
    public record Link(String targetKey, String rule, double score) {
    }

    /** Types that are linked across documents; places and countries have canonical names already. */
    public static boolean linkable(String type) {
        return type.equals("Person") || type.equals("Organization");
    }

    /** The normalised name and aliases of an entity, with forms of address removed. */
    public static Set<String> forms(String name, List<String> aliases) {
        Set<String> out = new LinkedHashSet<>();
        out.add(withoutHonorific(name));
        for (String a : aliases) out.add(withoutHonorific(a));
        out.remove("");
        return out;
    }

    private static Set<String> multiWord(Set<String> forms) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : forms) if (f.contains(" ")) out.add(f);
        return out;
    }

    static String withoutHonorific(String name) {
        String n = Keys.normalize(name);
        String[] words = n.split(" ");
        int i = 0;
        while (i < words.length - 1 && HONORIFICS.contains(words[i])) i++;
        return String.join(" ", List.of(words).subList(i, words.length));
    }

    /** The word a person is called by alone in news ("Blair"). */
    public static String surname(String name) {
        String n = withoutHonorific(name);
        return n.substring(n.lastIndexOf(' ') + 1);
    }

    public Optional<Link> link(Entity incoming, List<Candidate> candidates) {
        if (!linkable(incoming.type())) return Optional.empty();
        List<Candidate> sameType = candidates.stream()
            .filter(c -> c.type().equals(incoming.type()) && !c.key().equals(incoming.key())).toList();
        String incomingName = withoutHonorific(incoming.name());
        boolean bare = !incomingName.contains(" ");
        // A full name is matched on full names only: "Cherie Blair" (alias "Blair") is not "Tony Blair".
        Set<String> forms = bare ? Set.of(incomingName) : multiWord(forms(incoming.name(), incoming.aliases()));

        // 1. The incoming name is a name or alias the graph already knows for exactly one entity.
        List<Candidate> sharing = sameType.stream()
            .filter(c -> forms(c.name(), c.aliases()).stream().anyMatch(forms::contains)).toList();
        // An organisation's initials that the one organisation known by them was given with ("EU" for the
        // European Union (EU)) are as good as its full name; other one-word names need shared context.
        boolean itsInitials = incoming.type().equals("Organization") && sharing.size() == 1
            && initials(sharing.get(0).name()).equals(incomingName);
        Optional<Candidate> pick = unambiguous(sharing, bare && !itsInitials ? 1 : 0);
        if (pick.isPresent()) return Optional.of(new Link(pick.get().key(), "shared-name", sharing.size() == 1 ? 0.95 : 0.85));
        if (!sharing.isEmpty()) return Optional.empty();

        // 2. An organisation given with its initials ("the European Union (EU)") is the known organisation
        //    named by those initials alone, when the documents share context: initials are reused by others.
        if (incoming.type().equals("Organization")) {
            String initials = initials(incoming.name());
            boolean givenWithName = !initials.isEmpty() && forms(incoming.name(), incoming.aliases()).contains(initials);
            List<Candidate> named = givenWithName ? sameType.stream().filter(c -> withoutHonorific(c.name()).equals(initials)).toList() : List.of();
            return unambiguous(named, 1).map(c -> new Link(c.key(), "initials-in-context", score(c, named)));
        }
        if (!incoming.type().equals("Person")) return Optional.empty();
        // 3. A bare surname ("Cable") is the one known person of that surname the documents share context with.
        if (bare) {
            List<Candidate> bySurname = sameType.stream()
                .filter(c -> withoutHonorific(c.name()).contains(" ") && surname(c.name()).equals(incomingName)).toList();
            return unambiguous(bySurname, 1).map(c -> new Link(c.key(), "surname-in-context", score(c, bySurname)));
        }
        // 4. A shortened first name with the same surname ("Vince Cable" / "Vincent Cable"), in shared context.
        List<Candidate> variants = sameType.stream().filter(c -> firstNameVariant(incomingName, withoutHonorific(c.name()))).toList();
        return unambiguous(variants, 1).map(c -> new Link(c.key(), "first-name-variant", score(c, variants)));
    }

    /** "European Union" -> "eu", lower-cased as names are compared here; empty when the name has none. */
    private static String initials(String name) {
        return Initials.of(name).toLowerCase(Locale.ROOT);
    }

    /**
     * The one candidate, if it shares at least {@code minContext} context; among several, the one
     * sharing strictly the most context (and at least two), else none: ties are never guessed.
     */
    private static Optional<Candidate> unambiguous(List<Candidate> candidates, int minContext) {
        if (candidates.isEmpty()) return Optional.empty();
        if (candidates.size() == 1) {
            Candidate only = candidates.get(0);
            return only.sharedContext() >= minContext ? Optional.of(only) : Optional.empty();
        }
        List<Candidate> sorted = candidates.stream().sorted(Comparator.comparingInt(Candidate::sharedContext).reversed()).toList();
        Candidate best = sorted.get(0);
        return best.sharedContext() >= 2 && best.sharedContext() > sorted.get(1).sharedContext() ? Optional.of(best) : Optional.empty();
    }

    /** More shared context, more certainty; a surname shared with other known people, less. */
    private static double score(Candidate c, List<Candidate> all) {
        double s = 0.6 + 0.05 * Math.min(c.sharedContext(), 5);
        return Math.round((all.size() == 1 ? s : s - 0.1) * 100) / 100.0;
    }

    static boolean firstNameVariant(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != 2 || y.length != 2 || !x[1].equals(y[1]) || x[0].equals(y[0])) return false;
        String shorter = x[0].length() < y[0].length() ? x[0] : y[0];
        String longer = x[0].length() < y[0].length() ? y[0] : x[0];
        return shorter.length() >= 3 && longer.startsWith(shorter);
    }
}
