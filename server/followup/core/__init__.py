"""Pure core logic: typed calendar events and interview recognition (no I/O, no clock)."""

from followup.core.detect import Detection, Participant, detect
from followup.core.events import Attendee, CalendarEvent, Person

__all__ = ["Attendee", "CalendarEvent", "Detection", "Participant", "Person", "detect"]
