"""Offline and online checks: pure functions from inputs to Findings. No click, no rich."""
