"""The ONLY package that opens network connections. Takes public data only: addresses,
tx hashes, signed raw transactions. Imported lazily; offline commands never import it."""
