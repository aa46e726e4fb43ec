-- Routekaart roadmap schema, version 2: co-editing (frozen: later changes go in new migrations).
-- These tables are not entities of the model catalogue; only db/store.py reads and writes
-- them. They hold the roadmap's pycrdt document (db/crdt_doc.py) next to its tables.

CREATE TABLE crdt_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    state BLOB,
    sync_base BLOB
);

CREATE TABLE crdt_update (
    seq INTEGER PRIMARY KEY,
    data BLOB NOT NULL
);

CREATE TABLE coedit_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);
