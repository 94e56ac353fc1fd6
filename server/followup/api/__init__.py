"""The HTTP API: one router per resource, all under /api/v1 except health and sign-in."""
