package dev.newsgraph.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small real-HTTP client for the tests: the app is called over the loopback, as users do. */
public final class Http {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, String contentType, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public Response get(String path) {
        return send(request(path).header("Accept", "application/json").GET());
    }

    public Response post(String path, String contentType, byte[] body, String apiKey) {
        HttpRequest.Builder b = request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null) b.header("X-API-Key", apiKey);
        return send(b);
    }

    public Response postText(String text, String apiKey) {
        return post("/api/documents", "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), apiKey);
    }

    public Response delete(String path, String apiKey) {
        HttpRequest.Builder b = request(path).DELETE();
        if (apiKey != null) b.header("X-API-Key", apiKey);
        return send(b);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
