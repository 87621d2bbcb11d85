"""Who made a claim: "Trump warned that ..." -> "Donald Trump", "according to the Kremlin"
-> "the Kremlin", "he said" -> the person last named. Titles are stripped ("U.S. envoy
Steve Witkoff" -> "Steve Witkoff") and a surname becomes the fullest name in the text."""

from __future__ import annotations

import re

_GENERIC_NOUN = (
    r"(?:company|union|bank|central\s+bank|court|agency|government|group|carmaker|chipmaker|"
    r"automaker|ministry|party|board|firm|regulator|council|commission)"
)
_TOKEN = r"[A-Z][\w-]*(?:['’](?!s\b)[A-Za-z]+)?"
_NAME = rf"{_TOKEN}(?:\s+(?:{_TOKEN}|de|van|von|bin|al-\w+|(?:of|for)(?:\s+the)?(?=\s+[A-Z])))*"
_VERBS = (
    r"said|says|warned|warns|stated|states|announced|promised|promises|pledged|"
    r"pledges|vowed|vows|threatened|threatens|told|tells|declared|insisted|noted|predicted|"
    r"predicts|expects|expected|forecast|forecasts|added|wrote|posted|claimed|argued|"
    r"confirmed|urged|demanded|committed|set|gave|issued|projects|estimates|believes|"
    r"told\s+reporters|reiterated|signalled|signaled|called\s+(?=(?:a|an|for)\b)|proposed|"
    r"ordered"
)
_BODY = r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for)\s+(?=[A-Z]))?)*(?:[A-Z][\w'’-]*)"
_SUBJECT_VERB = re.compile(
    rf"(?P<who>{_NAME}|\b[Hh]e\b|\b[Ss]he\b|\b[Tt]he\s+{_NAME}|\b[Tt]he\s+{_GENERIC_NOUN})\s*,?\s+(?:\w+ly\s+)?"
    rf"(?:on\s+[A-Z]\w+day\s+)?"
    rf"(?:(?:has|had|have|also|then|previously|again|once|already)\s+)*(?:{_VERBS})\b"
)
_ACCORDING = re.compile(
    rf"\baccording\s+to\s+(?:(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:from|by|of)\s+)?(?P<who>{_BODY})"
)
# "a deadline set by ... judge Kathaleen McCormick", "Boris Johnson, fresh from ..., said"
_SET_BY = re.compile(
    rf"\b(?:set|imposed|issued|given|announced|called)\s+by\s+[^,.;]*?(?P<who>{_NAME})\s*(?:[,.;]|$)"
)
_APPOSED = re.compile(rf"^(?:[\w.'’-]+\s+){{0,4}}?(?P<who>{_NAME}),[^,]{{3,80}},\s+(?:{_VERBS})\b")
_GENERIC = re.compile(rf"^the\s+{_GENERIC_NOUN}$", re.I)
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
    captain admiral sergeant professor prof sir lord lady sheikh emir crown says said adviser
    advisor security national press executive officer founder head boss coach manager
    strategist union labour labor opposition party us uk eu un communications""".split()  # noqa: SIM905
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
    titles = [i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".,") in _TITLES]
    if titles and not words[0][:1].islower():
        words = words[titles[-1] + 1 :]  # "Bank of England Governor Andrew Bailey"
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


# collective speakers written in lower case: "traders now bet", "economists expect"
_GROUP = re.compile(
    r"\b(?P<who>(?:more\s+than\s+\d+\s+)?(?:traders|markets|investors|economists|analysts|"
    r"policymakers|officials|countries|nations|governments|leaders|forecasters|bookmakers|"
    r"unions|workers|employees|organisers|organizers))\s+(?:now\s+|still\s+|also\s+|broadly\s+)?"
    r"(?:bet|see|expect|predict|forecast|price|pledged|vowed|promised|agreed|said|say|warned|"
    r"threatened|committed|demanded)\b",
    re.I,
)
_ATTRIBUTED = (_APPOSED, _SUBJECT_VERB, _ACCORDING, _INVERTED, _SET_BY)


class Speakers:
    """Speakers across one text, read sentence by sentence so that "he said" can name the
    last person who spoke (or was named) before it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.people = known_people(text)
        self._last: str | None = None
        self._seen: dict[tuple[int, int], str | None] = {}

    def read(self, start: int, end: int) -> None:
        """Note who speaks in text[start:end], for the pronouns of later sentences."""
        found = self._attributed(start, end)
        if found is not None and found.lower() not in ("he", "she"):
            self._last = found

    def speaker(self, start: int, end: int, kind: object, date_at: int) -> str | None:
        """The speaker of a claim of ``kind`` in the sentence text[start:end]. A scheduled
        event only has one when the sentence says who announced it."""
        found = self._attributed(start, end)
        if found is not None:
            return found
        sentence = self.text[start:end]
        group = _GROUP.search(sentence)
        if group:
            return group.group("who").lower()
        if str(kind) not in ("promise", "deadline"):
            return None
        for m in _FUTURE_SUBJECT.finditer(sentence):
            raw = m.group("who") or (m.groupdict().get("who2") or "")
            name = clean_name(raw) if not raw.lower().startswith("the ") else raw
            if name and name.lower() not in ("it", "they", "he", "she"):
                return _full(name, self.people)
        return None

    def _attributed(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key in self._seen:
            return self._seen[key]
        sentence = self.text[start:end]
        found: str | None = None
        for pattern in _ATTRIBUTED:
            for m in pattern.finditer(sentence):
                raw = m.group("who")
                if raw.lower() in ("he", "she"):
                    found = self._last or _last_person_before(self.text, start, self.people)
                else:
                    name = clean_name(raw) if not raw.lower().startswith("the ") else raw
                    if name and name.lower() not in ("it", "they", "the"):
                        found = _full(name, self.people)
                        if _GENERIC.match(found) and self._last:
                            found = self._last  # "the union said" after naming the union
                if found:
                    break
            if found:
                break
        self._seen[key] = found
        return found
