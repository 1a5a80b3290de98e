package dev.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One document's gold annotation ({@code NAME.tsv} facts, {@code NAME.entities.tsv} entities). */
record GoldDocument(String name, List<GoldEntity> entities, Set<Triple> facts, List<String[]> factRows) {

    record GoldEntity(String name, String type, List<String> aliases) {
    }

    /** A fact by canonical names; metWith is stored with its arguments in sorted order. */
    record Triple(String subject, String relation, String object) {
        static Triple of(String s, String r, String o) {
            if (r.equals("metWith") && s.compareTo(o) > 0) return new Triple(o, r, s);
            return new Triple(s, r, o);
        }

        @Override
        public String toString() {
            return subject + " -" + relation + "-> " + object;
        }
    }

    static GoldDocument read(Path gold, String name) throws IOException {
        List<GoldEntity> entities = new ArrayList<>();
        for (String line : Files.readAllLines(gold.resolve(name + ".entities.tsv")).stream().skip(1).toList()) {
            if (line.isBlank()) continue;
            String[] c = line.split("\t", -1);
            List<String> aliases = c.length > 2 && !c[2].isBlank() ? List.of(c[2].split("\\|")) : List.of();
            entities.add(new GoldEntity(c[0], c[1], aliases));
        }
        Set<Triple> facts = new LinkedHashSet<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(gold.resolve(name + ".tsv")).stream().skip(1).toList()) {
            if (line.isBlank()) continue;
            String[] c = line.split("\t", -1);
            facts.add(Triple.of(c[0], c[1], c[2]));
            rows.add(c);
        }
        return new GoldDocument(name, entities, facts, rows);
    }
}
