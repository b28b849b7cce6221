"""Self-contained HTML reports of analysis results."""
