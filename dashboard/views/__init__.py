"""The dashboard's pages; each reads its widgets, calls dashboard.queries and renders."""
