"""Time zones said as a place: "6 p.m. Washington time", "1:30 p.m. Florida time".

The lexicon's table of cities and zone names, widened by the US states and countries people
commonly name in "X time" that keep one zone. A place with several zones (Texas, Indiana,
Russia, Brazil, Australia, Spain with the Canaries) has none here: its clock is not guessed.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from tracker.parse import lexicon
from tracker.parse.lexicon import ZONES
from tracker.parse.lexicon import zone as _listed_zone

_EAST, _CENTRAL = "America/New_York", "America/Chicago"
_MOUNTAIN, _WEST = "America/Denver", "America/Los_Angeles"
# Florida's western panhandle keeps Central time, but "Florida time" is the Eastern clock of
# its peninsula (Cape Canaveral, Miami, Tallahassee), as launch and court reports use it.
_STATES = {
    "florida": _EAST, "new jersey": _EAST,
    "pennsylvania": _EAST, "ohio": _EAST, "virginia": _EAST, "west virginia": _EAST,
    "north carolina": _EAST, "south carolina": _EAST, "maryland": _EAST, "delaware": _EAST,
    "massachusetts": _EAST, "connecticut": _EAST, "rhode island": _EAST, "vermont": _EAST,
    "new hampshire": _EAST, "maine": _EAST, "boston": _EAST, "miami": _EAST,
    "atlanta": _EAST, "detroit": _EAST, "cape canaveral": _EAST,
    "illinois": _CENTRAL, "wisconsin": _CENTRAL, "minnesota": _CENTRAL, "iowa": _CENTRAL,
    "missouri": _CENTRAL, "arkansas": _CENTRAL, "louisiana": _CENTRAL, "mississippi": _CENTRAL,
    "alabama": _CENTRAL, "oklahoma": _CENTRAL, "houston": _CENTRAL, "dallas": _CENTRAL,
    "new orleans": _CENTRAL,
    "colorado": _MOUNTAIN, "utah": _MOUNTAIN, "wyoming": _MOUNTAIN, "montana": _MOUNTAIN,
    "new mexico": _MOUNTAIN, "denver": _MOUNTAIN,
    "arizona": "America/Phoenix", "phoenix": "America/Phoenix",
    "california": _WEST, "nevada": _WEST, "seattle": _WEST, "las vegas": _WEST,
}  # fmt: skip
_COUNTRIES = {
    "japan": "Asia/Tokyo", "china": "Asia/Shanghai", "south korea": "Asia/Seoul",
    "north korea": "Asia/Pyongyang", "korea": "Asia/Seoul", "taiwan": "Asia/Taipei",
    "philippines": "Asia/Manila", "thailand": "Asia/Bangkok", "vietnam": "Asia/Ho_Chi_Minh",
    "pakistan": "Asia/Karachi", "bangladesh": "Asia/Dhaka", "nepal": "Asia/Kathmandu",
    "iran": "Asia/Tehran", "iraq": "Asia/Baghdad", "saudi": "Asia/Riyadh",
    "saudi arabia": "Asia/Riyadh", "uae": "Asia/Dubai", "qatar": "Asia/Qatar",
    "egypt": "Africa/Cairo", "nigeria": "Africa/Lagos", "kenya": "Africa/Nairobi",
    "south africa": "Africa/Johannesburg", "ethiopia": "Africa/Addis_Ababa",
    "germany": "Europe/Berlin", "france": "Europe/Paris", "italy": "Europe/Rome",
    "belgium": "Europe/Brussels", "netherlands": "Europe/Amsterdam", "dutch": "Europe/Amsterdam",
    "switzerland": "Europe/Zurich", "swiss": "Europe/Zurich", "austria": "Europe/Vienna",
    "poland": "Europe/Warsaw", "ukraine": "Europe/Kyiv", "ukrainian": "Europe/Kyiv",
    "greece": "Europe/Athens", "turkey": "Europe/Istanbul", "romania": "Europe/Bucharest",
    "hungary": "Europe/Budapest", "sweden": "Europe/Stockholm", "norway": "Europe/Oslo",
    "denmark": "Europe/Copenhagen", "finland": "Europe/Helsinki", "ireland": "Europe/Dublin",
    "irish": "Europe/Dublin", "german": "Europe/Berlin", "french": "Europe/Paris",
    "japanese": "Asia/Tokyo", "korean": "Asia/Seoul", "taiwanese": "Asia/Taipei",
    "argentina": "America/Argentina/Buenos_Aires", "colombia": "America/Bogota",
    "peru": "America/Lima", "venezuela": "America/Caracas", "cuba": "America/Havana",
}  # fmt: skip
PLACE_ZONES = {**lexicon.PLACE_ZONES, **_STATES, **_COUNTRIES}
PLACE_RE = "|".join(sorted(PLACE_ZONES, key=len, reverse=True)).replace(" ", r"\s+")
ZONE_RE = lexicon.ZONE_RE.replace(lexicon.PLACE_RE, PLACE_RE)


def zone(name: str | None) -> ZoneInfo | None:
    """The zone of "ET", "GMT", "Washington time" or "Florida time"; None for none, for
    "local time" and for a place of several zones."""
    found = _listed_zone(name)
    if found is not None or not name or name.upper() in ZONES:
        return found
    words = name.lower().split()[:-1]
    if words and words[0].replace(".", "") == "us":
        words = words[1:]
    place = " ".join(words)
    for tail in (" standard", " daylight", " summer"):
        place = place.removesuffix(tail)
    return ZoneInfo(PLACE_ZONES[place]) if place in PLACE_ZONES else None
