"""Click commands: parse options, read secrets, call the core, render. No business logic."""
