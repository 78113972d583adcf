#!/usr/bin/python3
"""Reads an iCalendar file on stdin with the `icalendar` package and prints what it
holds as JSON, so johto's tests check its calendars with a parser that is not its own."""
import json
import sys

import icalendar

calendar = icalendar.Calendar.from_ical(sys.stdin.read())
events = []
for component in calendar.walk("VEVENT"):
    events.append({
        "uid": str(component.get("UID")),
        "sequence": int(component.get("SEQUENCE", 0)),
        "status": str(component.get("STATUS", "")),
        "summary": str(component.get("SUMMARY", "")),
        "location": str(component.get("LOCATION", "")),
        "start": component.decoded("DTSTART").isoformat(),
        "end": component.decoded("DTEND").isoformat(),
    })
print(json.dumps({"method": str(calendar.get("METHOD", "")), "events": events}))
