package dev.newsgraph.serve.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error as RFC 7807 application/problem+json (Spring's own errors included). */
@RestControllerAdvice(basePackages = "dev.newsgraph.serve")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        if (e instanceof org.springframework.web.server.ResponseStatusException rse) {
            return ProblemDetail.forStatusAndDetail(rse.getStatusCode(), rse.getReason());
        }
        log.error("request failed", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "internal error: " + e.getMessage());
    }
}
