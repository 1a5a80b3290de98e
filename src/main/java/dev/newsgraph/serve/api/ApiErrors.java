package dev.newsgraph.serve.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The API's errors; each becomes an RFC 7807 problem+json with its status and detail. */
public final class ApiErrors {
    private ApiErrors() {
    }

    public static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }

    public static ResponseStatusException notFound(String detail) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, detail);
    }

    public static ResponseStatusException tooLarge(String detail) {
        return new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, detail);
    }

    public static ResponseStatusException unsupported(String detail) {
        return new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
    }

    public static int inRange(String name, Integer value, int defaultValue, int min, int max) {
        int v = value == null ? defaultValue : value;
        if (v < min || v > max) throw badRequest(name + " must be between " + min + " and " + max + " (was " + v + ")");
        return v;
    }
}
