package dev.newsgraph.resolve;

import java.text.Normalizer;
import java.util.Locale;

/** Canonical keys: the same entity gets the same key in every document and every store. */
public final class Keys {
    private Keys() {
    }

    /** Lower case, accents and punctuation stripped, whitespace folded: "Zelenskyy’s" -> "zelenskyy s". */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public static String of(String type, String name, String qualifier) {
        String key = type.toLowerCase(Locale.ROOT) + ":" + normalize(name);
        return qualifier == null ? key : key + "|" + normalize(qualifier);
    }
}
