"""Who made a claim: "Trump warned that ..." -> "Donald Trump", "according to the Kremlin"
-> "the Kremlin", "he said" -> the person last named. Titles are stripped ("U.S. envoy
Steve Witkoff" -> "Steve Witkoff") and a surname becomes the fullest name in the text."""

from __future__ import annotations

import re

_TOKEN = r"[A-Z][\w-]*(?:['’](?!s\b)[A-Za-z]+)?"
_NAME = rf"{_TOKEN}(?:\s+(?:{_TOKEN}|de|van|von|bin|al-\w+))*"
_VERBS = (
    r"said|says|warned|warns|stated|states|announced|announces|promised|promises|pledged|"
    r"pledges|vowed|vows|threatened|threatens|told|tells|declared|insisted|noted|predicted|"
    r"predicts|expects|expected|forecast|forecasts|added|wrote|posted|claimed|argued|"
    r"confirmed|urged|demanded|committed|set|gave|issued|projects|estimates|believes|hopes|"
    r"plans|intends|wants|aims|told\s+reporters|reiterated|signalled|signaled"
)
_BODY = r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+)*(?:[A-Z][\w'’-]*)"
_SUBJECT_VERB = re.compile(
    rf"(?P<who>{_NAME}|\b[Hh]e\b|\b[Ss]he\b|\bthe\s+{_NAME})\s*,?\s+(?:\w+ly\s+)?"
    rf"(?:(?:has|had|have|also|then|previously|again|once|already)\s+)*(?:{_VERBS})\b"
)
_ACCORDING = re.compile(rf"\baccording\s+to\s+(?P<who>{_BODY})")
_INVERTED = re.compile(rf"\b(?:said|says|told|wrote|added|warned|noted)\s+(?P<who>{_NAME})")
_FUTURE_SUBJECT = re.compile(
    rf"(?P<who>{_NAME})\s+(?:is|are|was|were)\s+(?:set|scheduled|due|expected|slated|poised)\s+to"
    rf"|(?P<who2>{_NAME})\s+(?:will|plans\s+to|intends\s+to|aims\s+to)\b"
)
_PERSON = re.compile(rf"\b{_TOKEN}(?:\s+{_TOKEN}){{1,3}}")
_TITLES = frozenset(
    """president vice prime minister secretary chancellor senator sen rep gov governor mayor
    king queen prince princess pope general gen envoy ambassador spokesperson spokesman
    spokeswoman chairman chairwoman chair ceo cfo director dr mr mrs ms judge justice foreign
    defense defence deputy commissioner speaker leader premier chief economy finance treasury
    state commerce trade interior health energy special representative minority majority house
    senate former acting white kremlin officials official analyst economist lt col colonel
    captain admiral sergeant professor prof sir lord lady sheikh emir crown says said""".split()  # noqa: SIM905
)
_STOP = frozenset(
    """the a an in on at but and although while despite if when as after before since for
    this that these those it its their his her our my your meanwhile however also then last
    next monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()  # noqa: SIM905
)
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|can|ic|i)$", re.I)


def clean_name(raw: str) -> str | None:
    """Drop leading sentence words, demonyms before titles, and titles."""
    words = raw.replace("\n", " ").split()
    while words:
        head = words[0].lower().rstrip(".,")
        nxt = words[1].lower().rstrip(".") if len(words) > 1 else ""
        titled = head in _TITLES or bool(_DEMONYM.search(head) and nxt in _TITLES)
        abbreviation = words[0].endswith(".") and len(words) > 1  # "U.S." before a name
        if not (head in _STOP or titled or abbreviation):
            break
        words.pop(0)
    return " ".join(words) or None


def known_people(text: str) -> dict[str, str]:
    """Surname -> the fullest name it appears in ("Trump" -> "Donald Trump")."""
    names: dict[str, str] = {}
    for m in _PERSON.finditer(text):
        name = clean_name(m.group())
        if name is None or " " not in name:
            continue
        last = name.split()[-1]
        if len(name) > len(names.get(last, "")):
            names[last] = name
    return names


def _full(name: str, people: dict[str, str]) -> str:
    if name.lower().startswith("the "):
        return "the " + name[4:]
    return people.get(name.split()[-1], name) if " " not in name else name


def find_speaker(text: str, start: int, end: int, people: dict[str, str]) -> str | None:
    """The speaker of the sentence text[start:end], or None."""
    sentence = text[start:end]
    for pattern in (_SUBJECT_VERB, _ACCORDING, _INVERTED, _FUTURE_SUBJECT):
        for m in pattern.finditer(sentence):
            raw = m.group("who") or (m.groupdict().get("who2") or "")
            if raw.lower() in ("he", "she"):
                named = _last_person_before(text, start, people)
                if named:
                    return named
                continue
            name = clean_name(raw) if not raw.lower().startswith("the ") else raw
            if name and name.lower() not in ("it", "they"):
                return _full(name, people)
    return None


def _last_person_before(text: str, start: int, people: dict[str, str]) -> str | None:
    found = None
    for m in _PERSON.finditer(text, max(0, start - 600), start):
        name = clean_name(m.group())
        if name:
            found = _full(name, people)
    if found is None:
        for last, full in people.items():
            if re.search(rf"\b{re.escape(last)}\b", text[max(0, start - 600) : start]):
                found = full
    return found
