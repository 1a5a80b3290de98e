package dev.newsgraph.cli;

import dev.newsgraph.Ingestion;
import dev.newsgraph.store.MergeLog;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code merges [--entity ID] [--document ID] [--limit N]} lists the cross-document merges, one per line;
 * {@code merges undo MERGE_ID} undoes one (the document is extracted again with that merge vetoed).
 */
final class MergesCommand {

    static final String HEADER = "merge\trule\tscore\tmention\tentity\tdocument";

    private MergesCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String entity = null;
        String document = null;
        int limit = 1000;
        String undo = null;
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (a) {
                case "--entity" -> entity = hasValue ? args[++i] : null;
                case "--document" -> document = hasValue ? args[++i] : null;
                case "--limit" -> {
                    try {
                        limit = Integer.parseInt(hasValue ? args[++i] : "");
                    } catch (NumberFormatException e) {
                        Cli.fail(err, "--limit needs a number");
                        return 2;
                    }
                }
                case "undo" -> {
                    if (!hasValue) {
                        Cli.fail(err, "merges undo needs a merge id (see: merges)");
                        return 2;
                    }
                    undo = args[++i];
                }
                default -> spring.add(a);
            }
        }
        try (ConfigurableApplicationContext ctx = Cli.offlineContext(spring)) {
            MergeLog log = ctx.getBean(MergeLog.class);
            if (undo != null) {
                var undone = ctx.getBean(Ingestion.class).undoMerge(undo, log);
                if (undone.isEmpty()) {
                    Cli.fail(err, "no merge " + undo);
                    return 1;
                }
                err.printf("undone: '%s' of %s is no longer %s%n", undone.get().mention(), undone.get().documentName(), undone.get().entityName());
                return 0;
            }
            out.println(HEADER);
            for (MergeLog.Merge m : log.list(entity, document, limit)) {
                out.println(String.join("\t", m.id(), m.rule(), String.valueOf(m.score()), m.mention(),
                    m.entityName() + " (" + m.entityId() + ")", m.documentName() + " (" + m.documentId().substring(0, 12) + ")"));
            }
            return 0;
        } catch (IllegalStateException e) {
            Cli.fail(err, e.getMessage());
            return 1;
        }
    }
}
