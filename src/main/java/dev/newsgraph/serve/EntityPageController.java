package dev.newsgraph.serve;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The entity page (static HTML + script over the REST API): /entity/{id}, and /entity/ to search. */
@Controller
class EntityPageController {

    @GetMapping({"/entity", "/entity/", "/entity/{id}"})
    String page() {
        return "forward:/entity.html";
    }
}
