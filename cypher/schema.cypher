// Newsgraph schema, applied at every start (every statement is idempotent: IF NOT EXISTS).
// Entities carry the label :Entity plus one label per ontology type (:Person, :Country, ...).

// One node per canonical key: MERGE on it is safe under concurrent writers.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;

// The public id (a slug of the key) used in URLs and IRIs.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

// One node per document text (id = SHA-256 of the text).
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;

// Evidence of a fact: looked up by the fact's key and by document (for deletes).
CREATE INDEX evidence_fact IF NOT EXISTS FOR (v:Evidence) ON (v.factKey);
CREATE INDEX evidence_document IF NOT EXISTS FOR (v:Evidence) ON (v.documentId);

// Exact lookups by name, and by type.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);

// Search over names and aliases (REST /api/entities?q=, Browser users).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];

// Cross-document resolution: candidates are looked up by surname (last word of the name).
CREATE INDEX entity_surname IF NOT EXISTS FOR (e:Entity) ON (e.surname);

// The merge log: one (:Merge) per mention that joined an existing entity; vetoes of undone merges.
CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (m:Merge) REQUIRE m.id IS UNIQUE;
CREATE INDEX merge_document IF NOT EXISTS FOR (m:Merge) ON (m.documentId);
CREATE INDEX merge_veto_document IF NOT EXISTS FOR (v:MergeVeto) ON (v.documentId);
