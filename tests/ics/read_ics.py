"""Reads a calendar file with the `icalendar` package (a parser independent of
the docket tool's writer) and prints its events as JSON lines, for the test
`docket::ics_updates_read_back_with_python_icalendar`.

Usage: python read_ics.py FILE
"""
import json
import sys

import icalendar


def text(v):
    return None if v is None else str(v)


def when(v):
    if v is None:
        return None
    d = v.dt
    # date-time values: ISO 8601 with offset; dates: YYYY-MM-DD
    return d.isoformat()


def main(path):
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    out = {"version": text(cal.get("VERSION")), "prodid": text(cal.get("PRODID")), "events": []}
    for ev in cal.walk("VEVENT"):
        alarms = [when(a.get("TRIGGER")) for a in ev.walk("VALARM")]
        out["events"].append({
            "uid": text(ev.get("UID")),
            "sequence": int(ev.get("SEQUENCE", 0)),
            "status": text(ev.get("STATUS")),
            "dtstamp": when(ev.get("DTSTAMP")),
            "last_modified": when(ev.get("LAST-MODIFIED")),
            "dtstart": when(ev.get("DTSTART")),
            "dtend": when(ev.get("DTEND")),
            "summary": text(ev.get("SUMMARY")),
            "description": text(ev.get("DESCRIPTION")),
            "rules": text(ev.get("X-COURT-DEADLINES-RULES")),
            "alarms": alarms,
        })
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
