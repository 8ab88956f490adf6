"""Exporters: pure ``graph -> value`` functions plus thin writers, one module per format."""
