"""piiscan engine: config, policy, connectors, pipeline, reports and CLI."""

__version__ = "0.1.0"
