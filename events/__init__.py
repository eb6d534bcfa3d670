"""Event records, the embedded store and the import/export formats."""
