package dev.newsgraph.project;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the whole graph as RDF, document by document, so memory stays flat however large the graph:
 * Turtle, N-Triples, N-Quads and TriG through Jena's streaming writers; JSON-LD and RDF/XML (for which
 * Jena has no streaming writer) one document at a time with Jena's writers, joined into one output.
 * Triple formats carry the union of the document graphs (the evidence statements keep the provenance).
 */
public final class RdfExport {

    public enum Format {
        TURTLE("turtle", "text/turtle", "ttl", Lang.TURTLE, false),
        NTRIPLES("ntriples", "application/n-triples", "nt", Lang.NTRIPLES, false),
        NQUADS("nquads", "application/n-quads", "nq", Lang.NQUADS, true),
        TRIG("trig", "application/trig", "trig", Lang.TRIG, true),
        JSONLD("jsonld", "application/ld+json", "jsonld", Lang.JSONLD, true),
        RDFXML("rdfxml", "application/rdf+xml", "rdf", Lang.RDFXML, false);

        public final String name;
        public final String mediaType;
        public final String extension;
        public final Lang lang;
        public final boolean quads;

        Format(String name, String mediaType, String extension, Lang lang, boolean quads) {
            this.name = name;
            this.mediaType = mediaType;
            this.extension = extension;
            this.lang = lang;
            this.quads = quads;
        }

        public static Optional<Format> byName(String name) {
            return Arrays.stream(values()).filter(f -> f.name.equalsIgnoreCase(name) || f.extension.equalsIgnoreCase(name)).findFirst();
        }

        public static Optional<Format> byMediaType(String mediaType) {
            String m = mediaType.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> f.mediaType.equals(m)).findFirst();
        }

        public static List<String> names() {
            return Arrays.stream(values()).map(f -> f.name).toList();
        }
    }

    private final RdfProjection projection;

    public RdfExport(RdfProjection projection) {
        this.projection = projection;
    }

    /** Writes every document; returns the number of statements (triples or quads) written. */
    public long write(Format format, OutputStream out) {
        return write(format, out, projection.documentIds());
    }

    public long write(Format format, OutputStream out, List<String> documentIds) {
        return switch (format) {
            case TURTLE -> streamed(RDFFormat.TURTLE_BLOCKS, out, documentIds, false);
            case NTRIPLES -> streamed(RDFFormat.NTRIPLES, out, documentIds, false);
            case NQUADS -> streamed(RDFFormat.NQUADS, out, documentIds, true);
            case TRIG -> streamed(RDFFormat.TRIG_BLOCKS, out, documentIds, true);
            case JSONLD -> jsonLd(out, documentIds);
            case RDFXML -> rdfXml(out, documentIds);
        };
    }

    private long streamed(RDFFormat rdfFormat, OutputStream out, List<String> ids, boolean quads) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, rdfFormat);
        Counting sink = new Counting(quads ? writer : new Triples(writer));
        sink.start();
        RdfProjection.prefixes(sink);
        for (List<String> batch : batches(ids)) projection.project(batch, sink);
        sink.finish();
        return sink.count;
    }

    /** Documents are read from Neo4j this many at a time: few round trips, memory bounded by the batch. */
    static final int BATCH = 50;

    static List<List<String>> batches(List<String> ids) {
        List<List<String>> out = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) out.add(ids.subList(i, Math.min(ids.size(), i + BATCH)));
        return out;
    }

    /**
     * A JSON array of graph objects: each document's graph written by Jena's JSON-LD writer in expanded
     * form (itself an array holding one graph object), without its brackets, joined by commas.
     */
    private long jsonLd(OutputStream out, List<String> ids) {
        long count = 0;
        write(out, "[\n");
        boolean first = true;
        for (List<String> batch : batches(ids)) {
            DatasetGraph read = DatasetGraphFactory.createTxnMem();
            Counting sink = new Counting(StreamRDFLib.dataset(read));
            projection.project(batch, sink);
            count += sink.count;
            for (String id : batch) {
                DatasetGraph one = DatasetGraphFactory.create();
                one.addGraph(projection.iris().graph(id), read.getGraph(projection.iris().graph(id)));
                String json = toString(one, RDFFormat.JSONLD11_PLAIN).strip();
                if (json.startsWith("[")) json = json.substring(1, json.length() - 1).strip();
                if (json.isEmpty()) continue;
                write(out, (first ? "" : ",\n") + json);
                first = false;
            }
        }
        write(out, "\n]\n");
        return count;
    }

    /** One rdf:RDF element around each batch of documents' descriptions (same prefixes for all, so they join). */
    private long rdfXml(OutputStream out, List<String> ids) {
        long count = 0;
        String open = null;
        for (List<String> batch : batches(ids)) {
            org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            Counting sink = new Counting(new Triples(StreamRDFLib.graph(g)));
            RdfProjection.prefixes(sink);
            projection.project(batch, sink);
            count += sink.count;
            g.getPrefixMapping().setNsPrefixes(prefixMapping());
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            RDFDataMgr.write(buf, g, RDFFormat.RDFXML_PLAIN);
            String xml = buf.toString(StandardCharsets.UTF_8);
            int bodyStart = xml.indexOf('>', xml.indexOf("<rdf:RDF")) + 1;
            int bodyEnd = xml.lastIndexOf("</rdf:RDF>");
            if (open == null) {
                open = xml.substring(0, bodyStart);
                write(out, open);
            }
            write(out, xml.substring(bodyStart, bodyEnd));
        }
        if (open == null) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            org.apache.jena.graph.Graph empty = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            RDFDataMgr.write(buf, empty, RDFFormat.RDFXML_PLAIN);
            write(out, buf.toString(StandardCharsets.UTF_8));
        } else {
            write(out, "</rdf:RDF>\n");
        }
        return count;
    }

    private static org.apache.jena.shared.PrefixMapping prefixMapping() {
        org.apache.jena.shared.PrefixMapping pm = org.apache.jena.shared.PrefixMapping.Factory.create();
        StreamRDF collect = new StreamRDFWrapper(StreamRDFLib.sinkNull()) {
            @Override
            public void prefix(String prefix, String iri) {
                pm.setNsPrefix(prefix, iri);
            }
        };
        RdfProjection.prefixes(collect);
        return pm;
    }

    private static String toString(DatasetGraph dsg, RDFFormat format) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        RDFDataMgr.write(buf, dsg, format);
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static void write(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the graph name: for formats that hold triples only. */
    static final class Triples extends StreamRDFWrapper {
        Triples(StreamRDF other) {
            super(other);
        }

        @Override
        public void quad(Quad quad) {
            triple(quad.asTriple());
        }
    }

    static final class Counting extends StreamRDFWrapper {
        long count;

        Counting(StreamRDF other) {
            super(other);
        }

        @Override
        public void quad(Quad quad) {
            count++;
            super.quad(quad);
        }

        @Override
        public void triple(Triple triple) {
            count++;
            super.triple(triple);
        }
    }
}
