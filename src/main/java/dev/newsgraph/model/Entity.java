package dev.newsgraph.model;

import java.util.List;

/**
 * One real-world thing named in a document.
 *
 * @param key     canonical key, stable across documents (type + normalised name [+ qualifier])
 * @param name    canonical name: the fullest form the document uses
 * @param type    an ontology class name (Person, Country, Position, ...)
 * @param of      for a Position, the country or organisation it belongs to; otherwise null
 * @param aliases the other surface forms the document uses for it
 * @param date    for an Event, when it happened as SUTime normalised it ("2025-11-30", "2025-11",
 *                "2025-W48"), relative to the publication date when the document gives one; else null
 */
public record Entity(String key, String name, String type, String of, List<String> aliases, String date) {
    public Entity {
        aliases = List.copyOf(aliases);
    }

    public Entity(String key, String name, String type, String of, List<String> aliases) {
        this(key, name, type, of, aliases, null);
    }

    /** The public id of the entity (URLs, IRIs): its key as a slug, "person:rustem umerov" -> "person-rustem-umerov". */
    public String id() {
        return idOf(key);
    }

    public static String idOf(String key) {
        return key.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
