"""followup: Gmail follow-up drafts for the interviews in your Google Calendar."""

__version__ = "0.1.0"
