package dev.newsgraph.serve;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Neo4j Browser's static files (from the neo4j-browser jar, under browser/) at /browser/. */
@Configuration(proxyBeanMethods = false)
class BrowserConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/browser", "/browser/");
        registry.addViewController("/browser/").setViewName("forward:/browser/index.html");
    }
}
