"""Connectors: all I/O against data stores lives here, behind :class:`Connector`."""

from scanner.connectors.base import Chunk, Connector, ScanIssue, load_connector, register

__all__ = ["Chunk", "Connector", "ScanIssue", "load_connector", "register"]
