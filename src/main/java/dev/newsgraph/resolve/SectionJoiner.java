package dev.newsgraph.resolve;

import dev.newsgraph.ingest.SourceDocument;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.model.Fact;
import dev.newsgraph.model.OpenOffice;
import dev.newsgraph.model.UnownedTitle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The sections of one long document as one extraction: an entity with one key in several sections
 * is one entity with all its names, and a bare surname ("Ruiz") in a later section is the one person
 * of that surname the document named in full ("Sergio Ruiz"), as it would be within one section.
 */
public final class SectionJoiner {

    private SectionJoiner() {
    }

    /** @param sections extractions of consecutive sections, their evidence offsets already in the whole text */
    public static Extraction combine(SourceDocument document, List<Extraction> sections) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (Extraction x : sections) {
            for (Entity e : x.entities()) byKey.merge(e.key(), e, SectionJoiner::union);
        }
        Map<String, String> keyOf = new LinkedHashMap<>();
        for (Entity e : List.copyOf(byKey.values())) {
            fullNameOf(e, byKey.values()).ifPresent(full -> {
                keyOf.put(e.key(), full.key());
                byKey.put(full.key(), union(byKey.get(full.key()), e));
                byKey.remove(e.key());
            });
        }
        // a section's entity as the joined document has it (a surname alone joins the full name)
        Function<Entity, Entity> joined = e -> byKey.get(keyOf.getOrDefault(e.key(), e.key()));
        List<Fact> facts = new ArrayList<>();
        int tokens = 0;
        for (Extraction x : sections) {
            tokens += x.tokens();
            for (Fact f : x.facts()) {
                Entity s = joined.apply(f.subject());
                Entity o = joined.apply(f.object());
                if (s != o) facts.add(new Fact(s, f.relation(), o, f.confidence(), f.evidence(), f.rule()));
            }
        }
        // an office one section leaves open may be held in another; OfficeHolders skips offices the document fills
        Set<String> seenOffice = new HashSet<>();
        List<OpenOffice> open = sections.stream().flatMap(x -> x.openOffices().stream())
            .filter(o -> seenOffice.add(o.position().key())).toList();
        List<UnownedTitle> unowned = sections.stream().flatMap(x -> x.unownedTitles().stream())
            .map(t -> new UnownedTitle(joined.apply(t.holder()), t.title(), t.evidence(), t.rule()))
            .toList();
        return new Extraction(document, List.copyOf(byKey.values()), facts, tokens, open, unowned);
    }

    /** For a person named by one word, the one person of the document whose full name ends with it. */
    private static Optional<Entity> fullNameOf(Entity e, Collection<Entity> all) {
        if (!e.type().equals("Person") || e.name().contains(" ")) return Optional.empty();
        String surname = Keys.normalize(e.name());
        List<Entity> full = all.stream().filter(o -> o.type().equals("Person") && o.name().contains(" ")
            && Keys.normalize(o.name()).endsWith(" " + surname)).toList();
        return full.size() == 1 ? Optional.of(full.get(0)) : Optional.empty();
    }

    private static Entity union(Entity a, Entity b) {
        Set<String> aliases = new LinkedHashSet<>(a.aliases());
        aliases.addAll(b.aliases());
        if (!b.name().equals(a.name())) aliases.add(b.name());
        aliases.remove(a.name());
        return new Entity(a.key(), a.name(), a.type(), a.of(), List.copyOf(aliases), a.date() != null ? a.date() : b.date());
    }
}
