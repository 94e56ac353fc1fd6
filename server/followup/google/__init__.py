"""The only package that talks to Google (or the sandbox standing in for it)."""
