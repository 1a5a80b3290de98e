package dev.newsgraph.serve.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiConfiguration {

    /** Refuses an oversized article from its Content-Length, before the body is read into memory. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> documentSizeLimit(ApiProperties props) {
        long max = props.maxDocumentSize().toBytes();
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > max) {
                    response.setStatus(413);
                    response.setContentType("application/problem+json");
                    response.getWriter().write("""
                        {"type":"about:blank","title":"Payload Too Large","status":413,"detail":"article of %d bytes is over the limit of %d bytes (newsgraph.api.max-document-size)"}"""
                        .formatted(request.getContentLengthLong(), max));
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/documents");
        return registration;
    }
}
