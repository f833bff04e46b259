"""The recovery search engine: specs, candidate spaces, verifiers, executors, checkpoints."""
