"""The data inventory: scan history, findings (keys and verdicts, never values) and review decisions.

``store.Inventory`` is the SQLAlchemy-backed store (SQLite file by default, PostgreSQL tested);
``keys`` names findings stably across scans; ``review`` matches decisions to findings; ``diff``
compares two scans; ``fides`` exports a Fides dataset. Importing this package loads nothing heavy.
"""
