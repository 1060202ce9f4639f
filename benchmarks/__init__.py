"""Accuracy, speed and memory benchmarks of piiscan, each next to stock Presidio where one compares (README.md)."""
