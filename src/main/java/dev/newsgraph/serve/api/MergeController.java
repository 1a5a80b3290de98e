package dev.newsgraph.serve.api;

import dev.newsgraph.Ingestion;
import dev.newsgraph.store.MergeLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The cross-document merge log: which mention of which document joined which entity, and undo. */
@RestController
@RequestMapping("/api/merges")
@Tag(name = "merges", description = "List and undo cross-document entity merges")
class MergeController {

    private final MergeLog log;
    private final Ingestion ingestion;

    MergeController(MergeLog log, Ingestion ingestion) {
        this.log = log;
        this.ingestion = ingestion;
    }

    @Operation(summary = "Merges, newest first, optionally of one entity or one document")
    @GetMapping
    List<MergeLog.Merge> list(@RequestParam(required = false) String entity, @RequestParam(required = false) String document,
                              @RequestParam(required = false) Integer limit) {
        return log.list(entity, document, ApiErrors.inRange("limit", limit, 100, 1, 1000));
    }

    @Operation(summary = "One merge")
    @GetMapping("/{id}")
    MergeLog.Merge get(@PathVariable String id) {
        return log.get(id).orElseThrow(() -> ApiErrors.notFound("no merge " + id));
    }

    @Operation(summary = "Undo a merge",
        description = "The document is extracted again and stored with this merge vetoed: its mention becomes an entity of its own. Returns the merge undone.")
    @DeleteMapping("/{id}")
    MergeLog.Merge undo(@PathVariable String id) {
        return ingestion.undoMerge(id, log).orElseThrow(() -> ApiErrors.notFound("no merge " + id));
    }
}
