package dev.newsgraph.serve.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.ingest.BadInputException;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.ingest.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Turns a POSTed body (text/plain, application/json or text/html) into a document, or says why not. */
final class ArticleBody {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNNAMED = "";

    /** A posted article has no file name: it is named by its id; its title is its headline line, if any. */
    private static SourceDocument named(SourceDocument d) {
        String title = d.title().equals(UNNAMED) ? null : d.title();
        return new SourceDocument(d.id(), d.id().substring(0, 12), title, d.url(), d.publishedAt(), d.text());
    }

    private ArticleBody() {
    }

    static SourceDocument parse(byte[] body, MediaType type) {
        if (body == null || body.length == 0) throw ApiErrors.badRequest("empty body: send the article text");
        if (type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
            throw ApiErrors.unsupported("charset " + type.getCharset() + " is not accepted; send UTF-8");
        }
        try {
            if (MediaType.APPLICATION_JSON.isCompatibleWith(type)) return fromJson(body);
            if (MediaType.TEXT_HTML.isCompatibleWith(type)) return fromHtml(body);
            if (MediaType.TEXT_PLAIN.isCompatibleWith(type)) return named(DocumentReader.fromBytes(body, UNNAMED, "request body"));
        } catch (BadInputException e) {
            if (e.getMessage().contains("UTF-8")) throw ApiErrors.unsupported(e.getMessage());
            throw ApiErrors.badRequest(e.getMessage());
        }
        throw ApiErrors.unsupported("content type " + type + " is not accepted; use text/plain, application/json or text/html");
    }

    private static SourceDocument fromJson(byte[] body) throws BadInputException {
        DocumentReader.fromBytes(body, UNNAMED, "request body");   // UTF-8 and not binary
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw ApiErrors.badRequest("request body is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (json == null || !json.isObject()) throw ApiErrors.badRequest("expected a JSON object {text, title, url, publishedAt}");
        String text = json.path("text").asText("");
        if (text.isBlank()) throw ApiErrors.badRequest("'text' is empty: send the article text");
        SourceDocument d = named(DocumentReader.fromBytes(text.getBytes(StandardCharsets.UTF_8), UNNAMED, "field 'text'"));
        String title = json.hasNonNull("title") ? json.get("title").asText() : d.title();
        String url = json.hasNonNull("url") ? json.get("url").asText() : null;
        Instant published = json.hasNonNull("publishedAt") ? instant(json.get("publishedAt").asText()) : null;
        return new SourceDocument(d.id(), d.name(), title, url, published, d.text());
    }

    private static SourceDocument fromHtml(byte[] body) throws BadInputException {
        SourceDocument raw = DocumentReader.fromBytes(body, UNNAMED, "request body");
        Document html = Jsoup.parse(raw.text());
        html.select("script, style, nav, header, footer, aside, noscript").remove();
        // Block elements become paragraphs (one per line), as the NLP pipeline expects.
        StringBuilder text = new StringBuilder();
        for (var el : html.body().select("h1, h2, h3, p, li, blockquote")) {
            if (el.parents().stream().anyMatch(p -> p.is("p, li, blockquote"))) continue;
            String t = el.text().strip();
            if (!t.isEmpty()) text.append(t).append('\n');
        }
        if (text.isEmpty()) text.append(html.body().text());
        SourceDocument d = named(DocumentReader.fromBytes(text.toString().getBytes(StandardCharsets.UTF_8), UNNAMED, "HTML body"));
        String title = html.title().isBlank() ? d.title() : html.title().strip();
        return new SourceDocument(d.id(), d.name(), title, null, null, d.text());
    }

    private static Instant instant(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw ApiErrors.badRequest("publishedAt '" + s + "' is not an ISO date or date-time");
            }
        }
    }
}
