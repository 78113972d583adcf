#!/usr/bin/python3
"""Reads an Atom feed on stdin with Python's own XML parser and prints it as JSON (the
feed's title, id and updated time, and each entry's title, id, link, updated time and
author), so johto's tests check its feeds with a reader that is not its own. A feed
that is not well-formed XML, or not Atom, fails here."""
import json
import sys
import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"
root = ET.fromstring(sys.stdin.buffer.read())
if root.tag != ATOM + "feed":
    sys.exit(f"not an Atom feed: {root.tag}")


def text(element, name):
    found = element.find(ATOM + name)
    if found is None or not (found.text or "").strip():
        sys.exit(f"an Atom {element.tag} needs its {name}")
    return found.text


print(json.dumps({
    "title": text(root, "title"),
    "id": text(root, "id"),
    "updated": text(root, "updated"),
    "entries": [
        {
            "title": text(entry, "title"),
            "id": text(entry, "id"),
            "updated": text(entry, "updated"),
            "link": entry.find(ATOM + "link").get("href"),
            "author": text(entry.find(ATOM + "author"), "name"),
        }
        for entry in root.findall(ATOM + "entry")
    ],
}))
