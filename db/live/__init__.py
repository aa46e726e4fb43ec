"""Live co-editing through a Yjs websocket server (Qt-free).

* `protocol` -- the y-websocket message format (sync step 1/2, update, awareness), limits
  and the checks that drop malformed input;
* `server` -- `routekaart serve`: pycrdt-websocket rooms (one per roadmap id) persisted
  with pycrdt-store, token check, size limits, TLS, daily backups;
* `client` -- `LiveSync`: connects a `RoadmapStore`'s CRDT document to a room; remote
  updates go through the same merge path and conflict check as the folder mode.
"""
