"""Bundled official test vectors (unchanged files, sources in README.md) and their runner."""
