"""Time zones said as a place: "6 p.m. Washington time", "1:30 p.m. Florida time".

The one table of places whose clock is meant: cities and zone names, the US states and the
countries people commonly name in "X time" that keep one zone. A place with several zones
(Texas, Indiana, Russia, Brazil, Australia, Spain with the Canaries) has none here: its clock
is not guessed.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from tracker.parse.alternation import case_blind_words

# zone abbreviations used in news
ZONES = {
    # "ET" follows the season; "EST"/"EDT" name a fixed offset (Etc/GMT signs are inverted)
    "ET": "America/New_York", "EST": "Etc/GMT+5", "EDT": "Etc/GMT+4",
    "CT": "America/Chicago", "CST": "Etc/GMT+6", "CDT": "Etc/GMT+5",
    "MT": "America/Denver", "MST": "Etc/GMT+7", "MDT": "Etc/GMT+6",
    "PT": "America/Los_Angeles", "PST": "Etc/GMT+8", "PDT": "Etc/GMT+7",
    "GMT": "UTC", "UTC": "UTC", "Z": "UTC", "BST": "Etc/GMT-1", "WET": "Europe/Lisbon",
    "CET": "Etc/GMT-1", "CEST": "Etc/GMT-2", "EET": "Etc/GMT-2",
    "EEST": "Etc/GMT-3", "MSK": "Europe/Moscow", "IST": "Asia/Kolkata",
    "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "HKT": "Asia/Hong_Kong", "SGT": "Asia/Singapore",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
}  # fmt: skip
ANY_CASE_ZONES = [
    "GMT",
    "UTC",
    "EST",
    "EDT",
    "CST",
    "CDT",
    "PST",
    "PDT",
    "MST",
    "MDT",
    "BST",
    "CET",
    "CEST",
    "IST",
    "JST",
]


# "6 p.m. Washington time", "noon Eastern time", "9 a.m. local time"
_CITIES = {
    "washington": "America/New_York", "new york": "America/New_York",
    "eastern": "America/New_York", "central": "America/Chicago", "chicago": "America/Chicago",
    "mountain": "America/Denver", "pacific": "America/Los_Angeles",
    "los angeles": "America/Los_Angeles", "san francisco": "America/Los_Angeles",
    "toronto": "America/Toronto", "ottawa": "America/Toronto",
    "mexico city": "America/Mexico_City", "brasilia": "America/Sao_Paulo",
    "london": "Europe/London", "british": "Europe/London", "uk": "Europe/London",
    "greenwich": "UTC", "universal": "UTC", "dublin": "Europe/Dublin",
    "paris": "Europe/Paris", "brussels": "Europe/Brussels", "berlin": "Europe/Berlin",
    "madrid": "Europe/Madrid", "rome": "Europe/Rome", "geneva": "Europe/Zurich",
    "vienna": "Europe/Vienna", "warsaw": "Europe/Warsaw", "athens": "Europe/Athens",
    "kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv", "moscow": "Europe/Moscow",
    "istanbul": "Europe/Istanbul", "ankara": "Europe/Istanbul", "european": "Europe/Paris",
    "jerusalem": "Asia/Jerusalem", "israel": "Asia/Jerusalem", "tel aviv": "Asia/Jerusalem",
    "gaza": "Asia/Gaza", "beirut": "Asia/Beirut", "damascus": "Asia/Damascus",
    "cairo": "Africa/Cairo", "tehran": "Asia/Tehran", "baghdad": "Asia/Baghdad",
    "riyadh": "Asia/Riyadh", "doha": "Asia/Qatar", "dubai": "Asia/Dubai",
    "kabul": "Asia/Kabul", "islamabad": "Asia/Karachi", "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata", "india": "Asia/Kolkata", "beijing": "Asia/Shanghai",
    "hong kong": "Asia/Hong_Kong", "taipei": "Asia/Taipei", "tokyo": "Asia/Tokyo",
    "seoul": "Asia/Seoul", "busan": "Asia/Seoul", "pyongyang": "Asia/Pyongyang",
    "osaka": "Asia/Tokyo", "kyoto": "Asia/Tokyo", "hiroshima": "Asia/Tokyo",
    "shenzhen": "Asia/Shanghai", "guangzhou": "Asia/Shanghai", "bali": "Asia/Makassar",
    "singapore": "Asia/Singapore",
    "bangkok": "Asia/Bangkok", "jakarta": "Asia/Jakarta", "manila": "Asia/Manila",
    "sydney": "Australia/Sydney", "canberra": "Australia/Sydney", "lagos": "Africa/Lagos",
    "nairobi": "Africa/Nairobi", "johannesburg": "Africa/Johannesburg",
    "frankfurt": "Europe/Berlin", "amsterdam": "Europe/Amsterdam", "zurich": "Europe/Zurich",
    "milan": "Europe/Rome", "lisbon": "Europe/Lisbon", "stockholm": "Europe/Stockholm",
    "oslo": "Europe/Oslo", "copenhagen": "Europe/Copenhagen", "helsinki": "Europe/Helsinki",
    "prague": "Europe/Prague", "budapest": "Europe/Budapest", "bucharest": "Europe/Bucharest",
    "mumbai": "Asia/Kolkata", "shanghai": "Asia/Shanghai", "hanoi": "Asia/Bangkok",
    "kuala lumpur": "Asia/Kuala_Lumpur", "melbourne": "Australia/Melbourne",
    "wellington": "Pacific/Auckland", "auckland": "Pacific/Auckland",
    "sao paulo": "America/Sao_Paulo", "buenos aires": "America/Argentina/Buenos_Aires",
    "atlantic": "America/Halifax", "alaska": "America/Anchorage", "hawaii": "Pacific/Honolulu",
    "khartoum": "Africa/Khartoum", "addis ababa": "Africa/Addis_Ababa", "accra": "Africa/Accra",
    "kinshasa": "Africa/Kinshasa", "tripoli": "Africa/Tripoli", "tunis": "Africa/Tunis",
    "karachi": "Asia/Karachi", "dhaka": "Asia/Dhaka", "kathmandu": "Asia/Kathmandu",
    "colombo": "Asia/Colombo", "yangon": "Asia/Yangon", "tbilisi": "Asia/Tbilisi",
    "yerevan": "Asia/Yerevan", "baku": "Asia/Baku", "minsk": "Europe/Minsk",
}  # fmt: skip
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
PLACE_ZONES = {**_CITIES, **_STATES, **_COUNTRIES}
PLACE_RE = "|".join(sorted(PLACE_ZONES, key=len, reverse=True)).replace(" ", r"\s+")
# grouped by first letter: tried after every number, 150 case-blind branches are slow
_PLACES = case_blind_words(PLACE_RE)
ZONE_RE = (
    r"(?P<zone>(?-i:"
    + "|".join(sorted(ZONES, key=len, reverse=True))
    + r")|(?i:"
    + case_blind_words("|".join(sorted(ANY_CASE_ZONES, key=len, reverse=True)))
    + r"|(?:U\.?S\.?\s+)?(?:"  # "5 p.m. US Eastern time"
    + _PLACES
    + r"|local)(?:\s+(?:standard|daylight|summer))?\s+time|"
    + _PLACES
    + r"\s+(?:standard|daylight|summer)\s+time))(?![A-Za-z])"
)


def zone(name: str | None) -> ZoneInfo | None:
    """The zone of "ET", "GMT", "Washington time" or "Florida time"; None for none, for
    "local time" and for a place of several zones."""
    if not name:
        return None
    if name.upper() in ZONES:
        return ZoneInfo(ZONES[name.upper()])
    words = name.lower().split()[:-1]
    if words and words[0].replace(".", "") == "us":
        words = words[1:]
    place = " ".join(words)
    for tail in (" standard", " daylight", " summer"):
        place = place.removesuffix(tail)
    return ZoneInfo(PLACE_ZONES[place]) if place in PLACE_ZONES else None
