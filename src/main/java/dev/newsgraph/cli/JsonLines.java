package dev.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.model.Fact;

import java.util.ArrayList;
import java.util.List;

/** The JSON Lines output of {@code extract} (format in ../shared/eval/README.md). */
public final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    public static List<String> of(Extraction x) {
        List<String> lines = new ArrayList<>();
        String doc = x.document().name();
        for (Entity e : x.entities()) {
            ObjectNode n = JSON.createObjectNode();
            n.put("type", "entity").put("doc", doc).put("name", e.name()).put("label", e.type());
            if (e.of() != null) n.put("of", e.of());
            n.set("aliases", JSON.valueToTree(e.aliases()));
            if (e.date() != null) n.put("date", e.date());
            n.put("id", e.key());
            lines.add(n.toString());
        }
        for (Fact f : x.facts()) {
            ObjectNode n = JSON.createObjectNode();
            n.put("type", "fact").put("doc", doc);
            n.set("subject", ref(f.subject()));
            n.put("relation", f.relation());
            n.set("object", ref(f.object()));
            n.put("confidence", f.confidence());
            ObjectNode ev = n.putObject("evidence");
            ev.put("sentence", f.evidence().sentence()).put("start", f.evidence().start()).put("end", f.evidence().end());
            n.put("rule", f.rule());
            lines.add(n.toString());
        }
        return lines;
    }

    private static ObjectNode ref(Entity e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", e.name()).put("label", e.type());
        if (e.of() != null) n.put("of", e.of());
        return n;
    }
}
