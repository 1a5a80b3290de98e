package dev.newsgraph.serve.api;

import dev.newsgraph.Ingestion;
import dev.newsgraph.ingest.SourceDocument;
import dev.newsgraph.store.GraphStore;
import dev.newsgraph.store.read.GraphQueries;
import dev.newsgraph.store.read.Views.DocumentDetail;
import dev.newsgraph.store.read.Views.DocumentView;
import dev.newsgraph.store.read.Views.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Articles in and out: POST ingests, GET lists and shows, DELETE removes what only it supported. */
@RestController
@RequestMapping("/api/documents")
@Tag(name = "documents", description = "Ingest, list, show and delete articles")
class DocumentController {

    private final Ingestion ingestion;
    private final GraphQueries queries;
    private final ApiProperties props;

    DocumentController(Ingestion ingestion, GraphQueries queries, ApiProperties props) {
        this.ingestion = ingestion;
        this.queries = queries;
        this.props = props;
    }

    @Operation(summary = "Ingest an article",
        description = "201 with the document, its entities and facts; 200 if the same text was ingested before (nothing changes).")
    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<DocumentDetail> create(
        @RequestBody(description = "text/plain; application/json {text, title, url, publishedAt}; or text/html")
        @org.springframework.web.bind.annotation.RequestBody(required = false) byte[] body,
        @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) MediaType contentType) {
        if (body != null && body.length > props.maxDocumentSize().toBytes()) {
            throw ApiErrors.tooLarge("article of " + body.length + " bytes is over the limit of " + props.maxDocumentSize().toBytes() + " bytes");
        }
        SourceDocument doc = ArticleBody.parse(body, contentType == null ? MediaType.TEXT_PLAIN : contentType);
        Ingestion.Result result = ingestion.ingest(doc);
        if (result.failed()) throw new IllegalStateException(result.error());
        DocumentDetail detail = queries.document(doc.id()).orElseThrow();
        HttpStatus status = result.outcome() == GraphStore.Outcome.STORED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).location(URI.create("/api/documents/" + doc.id())).body(detail);
    }

    @Operation(summary = "List documents, newest first")
    @GetMapping
    Page<DocumentView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.documents(ApiErrors.inRange("page", page, 0, 0, 1_000_000), ApiErrors.inRange("size", size, 20, 1, 200));
    }

    @Operation(summary = "One document with its entities and facts")
    @GetMapping("/{id}")
    DocumentDetail get(@PathVariable String id) {
        return queries.document(id).orElseThrow(() -> ApiErrors.notFound("no document " + id));
    }

    @Operation(summary = "Delete a document and exactly the facts and entities only it supported")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!ingestion.delete(id)) throw ApiErrors.notFound("no document " + id);
        return ResponseEntity.noContent().build();
    }
}
