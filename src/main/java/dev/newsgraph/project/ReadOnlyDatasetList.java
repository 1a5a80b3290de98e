package dev.newsgraph.project;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * What Fuseki's query UI asks the (absent) admin module: the server and its one dataset with its
 * endpoints. GET only; anything else is refused, so no dataset can be created through here.
 */
final class ReadOnlyDatasetList extends HttpServlet {

    private final String name;

    ReadOnlyDatasetList(String name) {
        this.name = name;
    }

    private String dataset() {
        return """
            {"ds.name":"/%s","ds.state":true,"ds.services":[
              {"srv.type":"query","srv.description":"SPARQL Query","srv.endpoints":["sparql","query"]},
              {"srv.type":"gsp-r","srv.description":"Graph Store Protocol (Read)","srv.endpoints":["get"]}]}""".formatted(name);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        String path = req.getRequestURI();
        if (path.endsWith("/$/server")) {
            resp.getWriter().write("{\"version\":\"" + org.apache.jena.fuseki.Fuseki.VERSION + "\",\"datasets\":[" + dataset() + "]}");
        } else if (path.endsWith("/$/datasets") || path.endsWith("/$/datasets/")) {
            resp.getWriter().write("{\"datasets\":[" + dataset() + "]}");
        } else if (path.endsWith("/$/datasets/" + name)) {
            resp.getWriter().write(dataset());
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException, jakarta.servlet.ServletException {
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "read-only: datasets cannot be created or changed here");
            return;
        }
        super.service(req, resp);
    }
}
