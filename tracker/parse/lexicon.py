"""Words the rules share: month and weekday names, number words, units, zone abbreviations.

Patterns here are regex fragments, compiled into the rules that use them.
"""

from __future__ import annotations

from tracker.parse.alternation import case_blind_words

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_RE = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\.|(?![a-z]))"
)
# the same, for the second month of a pair: "from March to May"
MONTH2_RE = MONTH_RE.replace("mon>", "mon2>")
# a month abbreviation with its full stop ("Aug."), for gaps that otherwise stop at a period
MONTH_DOT_RE = r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\."
# verbs that put a date off: "postponed", "delaying", "pushed back", "put off"
POSTPONE_RE = r"(?:postpon\w*|delay(?:ing|ed|s)?|push(?:ing|ed|es)?\s+back|put(?:s|ting)?\s+off)"
# verbs that move a date either way: "moved", "extended", "brought forward", ...
MOVE_RE = (
    r"(?:" + POSTPONE_RE + r"|(?:push|mov|extend|defer|reschedul|adjourn|shift)\w*"
    r"|br(?:ought|ings?|inging)\s+forward)"
)


def to_verb(*, be: bool, demonstrative: bool) -> str:
    """Regex fragment for a "to" that opens an infinitive ("to close"), not a preposition
    before a noun phrase ("to the vote", "to its end"). ``be`` also accepts "to be";
    ``demonstrative`` also accepts "to this", "to that", "to these", "to those"."""
    refused = ([] if be else ["be"]) + ["the", "an?", "its", "their", "his", "her"]
    if not demonstrative:
        refused += ["this", "that", "these", "those"]
    return rf"to\s+(?!(?:{'|'.join(refused)})\b)[a-z]"


WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
WEEKDAY_RE = (
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?)(?:(?<=\.)|(?![a-z]))"
)
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
for _w, _n in list(ORDINAL_WORDS.items())[:9]:
    ORDINAL_WORDS[f"twenty-{_w}"] = 20 + _n
ORDINAL_WORDS["thirty-first"] = 31
ORDINAL_RE = (
    r"(?:(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    r"|twentieth|thirtieth|[0-3]?\d(?:st|nd|rd|th))"
)
HOUR_WORD_RE = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
HOUR_WORDS = {w: i + 1 for i, w in enumerate(HOUR_WORD_RE[3:-1].split("|"))}
MINUTE_WORD_RE = (
    r"(?:(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))"
)

_UNITS = {
    "ones": "one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty",
    "tens": "thirty forty fifty sixty seventy eighty ninety",
}
NUMBER_WORDS: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNITS["ones"].split())}
NUMBER_WORDS.update({w: 30 + 10 * i for i, w in enumerate(_UNITS["tens"].split())})
NUMBER_WORDS.update({"a": 1, "an": 1, "a couple of": 2, "a dozen": 12, "hundred": 100})
NUM_RE = (
    r"(?:\d{1,4}(?:\.\d+)?|"
    + case_blind_words(
        r"a\s+couple\s+of|a\s+dozen|an?|"
        + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)).replace(" ", r"\s+")
    )
    + r")(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)(?![a-z]))?"
)
VAGUE_NUM_RE = r"(?:a\s+few|few|several|many|some|a\s+number\s+of|the\s+last\s+few)"
UNIT_RE = (
    r"(?P<unit>minute|hour|day|week|fortnight|month|quarter|qtr|year|yr|decade|century|centuries)"
    r"s?(?![a-z])(?!-(?!long|old)[a-z])"  # not "a quarter-point cut"
)

# words that open a clause of its own after a comma: "..., and the union will ..."
CONJUNCTIONS = r"and|but|while|whereas|although|though"
# verbs that report what someone said: "the ministry said", "she told reporters"
SAID = r"said|says|told"
# ... and the verbs of an announcement: "the company announced", "the bank confirmed"
REPORTED = SAID + r"|announced|confirmed"

# lower-case particles inside a name: "Mohammed bin Salman", "Ursula von der Leyen"
NAME_PARTICLE_RE = "al|el|ad|bin|ibn|de|da|do|di|du|der|den|del|dos|das|la|le|van|von|ter"
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
# how many units "this", "next", "last" ... move a period ("the" alone means the current one)
SHIFT = {"this": 0, "current": 0, "the": 0, "next": 1, "coming": 1, "upcoming": 1}
SHIFT.update({"following": 1, "this coming": 1, "last": -1, "previous": -1, "past": -1})
SHIFT["this past"] = -1


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:3]]


def ordinal_number(word: str) -> int | None:
    """'3rd' -> 3, 'third' -> 3, 'twenty first' -> 21."""
    word = "-".join(word.lower().split())
    if word[:1].isdigit():
        return int(word.rstrip("stndrh"))
    return ORDINAL_WORDS.get(word)


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")[:3]]


def parse_number(word: str) -> float | None:
    """'3' -> 3, 'twenty-one' -> 21, 'a' -> 1, 'a couple of' -> 2; None for an unknown word."""
    text = " ".join(word.lower().replace("-", " ").split())
    try:
        return float(text)
    except ValueError:
        pass
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    if text.startswith("oh "):
        text = text[3:]
    head, _, tail = text.rpartition(" ")
    if head in NUMBER_WORDS and tail in NUMBER_WORDS:
        return NUMBER_WORDS[head] + NUMBER_WORDS[tail]
    return None


def unit_name(word: str) -> str:
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    word = word.rstrip("s")
    return {"qtr": "quarter", "yr": "year"}.get(word, word)
