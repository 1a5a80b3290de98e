package dev.newsgraph.resolve;

import dev.newsgraph.model.Entity;

import java.util.LinkedHashSet;
import java.util.Set;

/** An entity while a document is being resolved: mentions are still being added to it. */
final class Cluster {
    final String type;
    String name;
    final String of;
    final Set<String> surfaces = new LinkedHashSet<>();
    /** For an Event: the first date the text gives it (SUTime's normalised value). */
    String date;

    Cluster(String type, String name, String of) {
        this.type = type;
        this.name = name;
        this.of = of;
    }

    String key() {
        return Keys.of(type, name, of);
    }

    String lastWord() {
        String[] words = name.split("\\s+");
        return Keys.normalize(words[words.length - 1]);
    }

    Entity toEntity() {
        return new Entity(key(), name, type, of,
            surfaces.stream().filter(s -> !Keys.normalize(s).equals(Keys.normalize(name))).distinct().toList(), date);
    }
}
