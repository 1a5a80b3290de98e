package dev.newsgraph.project;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The RDF copy of the graph in a TDB2 dataset ({@code <data-dir>/tdb2}), one named graph per
 * document, kept in step with Neo4j: a document's graph is (re)written after it is stored and removed
 * when it is deleted; at start, documents missing on either side are brought in line.
 */
public final class RdfMirror implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RdfMirror.class);

    private final Dataset dataset;
    private final RdfProjection projection;

    private RdfMirror(Dataset dataset, RdfProjection projection) {
        this.dataset = dataset;
        this.projection = projection;
    }

    public static RdfMirror open(Path directory, RdfProjection projection) {
        Dataset ds = TDB2Factory.connectDataset(directory.toAbsolutePath().toString());
        // The default graph SPARQL sees is the union of the document graphs.
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new RdfMirror(ds, projection);
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Rewrites one document's graph from Neo4j (removing it if the document is gone). */
    public void sync(String documentId) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.removeGraph(projection.iris().graph(documentId));
            StreamRDF sink = StreamRDFLib.dataset(dsg);
            projection.project(documentId, sink);
        });
    }

    public void remove(String documentId) {
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(projection.iris().graph(documentId)));
    }

    /** Document ids that have a graph here. */
    public Set<String> documentIds() {
        Set<String> ids = new HashSet<>();
        Txn.executeRead(dataset, () -> dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
            String id = g.isURI() ? projection.iris().documentIdOfGraph(g.getURI()) : null;
            if (id != null) ids.add(id);
        }));
        return ids;
    }

    /** Brings the RDF copy in line with Neo4j: adds documents it lacks, drops documents Neo4j no longer has. */
    public int catchUp() {
        List<String> inNeo4j = projection.documentIds();
        Set<String> here = documentIds();
        List<String> missing = inNeo4j.stream().filter(id -> !here.remove(id)).toList();
        for (List<String> batch : RdfExport.batches(missing)) {
            Txn.executeWrite(dataset, () -> projection.project(batch, StreamRDFLib.dataset(dataset.asDatasetGraph())));
        }
        int changed = missing.size();
        for (String gone : here) {
            remove(gone);
            changed++;
        }
        if (changed > 0) log.info("RDF store brought in line with Neo4j: {} document graphs written or removed", changed);
        return changed;
    }

    @Override
    public void close() {
        dataset.close();
    }
}
