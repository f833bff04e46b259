"""Address encodings and derivation presets per chain and per wallet (wraps bip-utils)."""
