"""The dashboard's one base error: every error the dashboard raises on purpose subclasses it.

The views catch `DashboardError` (with the other layers' base errors) and show it with
`st.error`; anything else surfaces as a bug. Each subclass also keeps its builtin base
(ValueError, FileNotFoundError), so callers that catch the builtin still work.
"""
from __future__ import annotations


class DashboardError(Exception):
    """Base error of the dashboard package."""
