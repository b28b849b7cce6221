"""Self-contained HTML reports of analysis results (figures embedded, no network)."""
