package dev.newsgraph.serve.api;

import dev.newsgraph.NewsgraphProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Writes (POST, PUT, DELETE under /api) need an API key (X-API-Key) or basic auth; reads are open
 * unless {@code newsgraph.api.reads-open=false}; health stays open for probes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String API_KEY_HEADER = "X-API-Key";

    @Bean
    ApiKeys apiKeys(ApiProperties props, NewsgraphProperties app) {
        return ApiKeys.of(props.key(), app.dataDir());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiProperties props, ApiKeys keys) throws Exception {
        http.csrf(c -> c.disable())   // no cookies or sessions: credentials come with every request
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .cors(Customizer.withDefaults())
            .authorizeHttpRequests(a -> {
                a.requestMatchers(HttpMethod.POST, "/api/**").authenticated();
                a.requestMatchers(HttpMethod.PUT, "/api/**").authenticated();
                a.requestMatchers(HttpMethod.PATCH, "/api/**").authenticated();
                a.requestMatchers(HttpMethod.DELETE, "/api/**").authenticated();
                a.requestMatchers("/actuator/health/**", "/actuator/health").permitAll();
                if (props.readsOpen()) a.anyRequest().permitAll();
                else a.anyRequest().authenticated();
            })
            .addFilterBefore(new ApiKeyFilter(keys), BasicAuthenticationFilter.class)
            .exceptionHandling(e -> e.authenticationEntryPoint(problem401()));
        if (props.user() != null && !props.user().isBlank()) {
            http.httpBasic(b -> b.authenticationEntryPoint(problem401()));
        }
        return http.build();
    }

    /** Basic-auth users: the one configured, or none (then Spring Boot generates no default user either). */
    @Bean
    UserDetailsService users(ApiProperties props) {
        if (props.user() == null || props.user().isBlank()) return new InMemoryUserDetailsManager();
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new InMemoryUserDetailsManager(User.withUsername(props.user()).password(encoder.encode(props.password()))
            .roles("WRITER").build());
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(ApiProperties props) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!props.corsOrigins().isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(props.corsOrigins());
            cors.setAllowedMethods(List.of("GET", "POST", "DELETE", "OPTIONS"));
            cors.setAllowedHeaders(List.of("Content-Type", "Authorization", API_KEY_HEADER));
            source.registerCorsConfiguration("/api/**", cors);
        }
        return source;
    }

    private static AuthenticationEntryPoint problem401() {
        return (request, response, ex) -> {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader("WWW-Authenticate", "Basic realm=\"newsgraph\"");
            response.setContentType("application/problem+json");
            response.getWriter().write("""
                {"type":"about:blank","title":"Unauthorized","status":401,"detail":"this needs credentials: header %s or basic auth","instance":"%s"}"""
                .formatted(API_KEY_HEADER, request.getRequestURI().replace("\"", "")));
        };
    }

    /** Authenticates a request that carries the right API key. */
    static final class ApiKeyFilter extends OncePerRequestFilter {
        private final ApiKeys keys;

        ApiKeyFilter(ApiKeys keys) {
            this.keys = keys;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
            if (keys.matches(request.getHeader(API_KEY_HEADER))) {
                var auth = new UsernamePasswordAuthenticationToken("api-key", null, AuthorityUtils.createAuthorityList("ROLE_WRITER"));
                SecurityContextHolder.getContext().setAuthentication(auth);
            }
            chain.doFilter(request, response);
        }
    }
}
