"""Accuracy benchmark for piiscan's recognizers: a labelled corpus generator and a scorer."""
