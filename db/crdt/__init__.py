"""The merge engine of co-editing, below the store: the CRDT document, the items in an update,
causal order, merging a document into rows, and the conflict review queue (no SQL)."""
