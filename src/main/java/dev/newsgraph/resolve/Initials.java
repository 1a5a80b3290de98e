package dev.newsgraph.resolve;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Organisations' initials ("LSE" for the London Stock Exchange), as used within a document (folding
 * "LSE" into the full name) and across documents (linking "EU" to the European Union).
 */
public final class Initials {

    private static final Pattern WRITTEN = Pattern.compile("\\p{Lu}{2,6}");
    /** The words initials skip. */
    private static final Set<String> JOINING_WORDS = Set.of("and", "of", "the", "for", "&", "de", "du", "des", "la", "le");

    private Initials() {
    }

    /** Whether a name is written as initials ("LSE", "ONGC"). */
    public static boolean written(String name) {
        return WRITTEN.matcher(name).matches();
    }

    /** "Oil and Natural Gas Corporation" -> "ONGC"; empty when a word other than a joining word is lower-case. */
    public static String of(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (word.isEmpty() || JOINING_WORDS.contains(word)) continue;
            if (!Character.isUpperCase(word.charAt(0))) return "";
            out.append(word.charAt(0));
        }
        return out.length() < 2 ? "" : out.toString();
    }
}
