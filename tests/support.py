"""Helpers for tests: real servers on loopback, in a thread, that stop themselves."""

from followup.serving import serve_in_thread

__all__ = ["serve_in_thread"]
