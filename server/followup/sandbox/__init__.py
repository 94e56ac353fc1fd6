"""A local, in-memory stand-in for Google Calendar v3, Gmail v1 and Google's OAuth endpoints.

The real `google-api-python-client` talks to it over HTTP. See docs/sandbox.md.
"""

from followup.sandbox.app import create_sandbox_app
from followup.sandbox.state import SandboxState

__all__ = ["SandboxState", "create_sandbox_app"]
