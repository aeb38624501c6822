"""Live co-editing: one map shared as a Y.Doc (pycrdt) over the Yjs sync protocol."""
