"""Who made a claim: "Trump warned that ..." -> "Donald Trump", "according to the Kremlin"
-> "the Kremlin", "he said" -> the person last named. Titles are stripped ("U.S. envoy
Steve Witkoff" -> "Steve Witkoff") and a surname becomes the fullest name in the text."""

from __future__ import annotations

import re
from collections import deque
from functools import lru_cache

from tracker.parse.alternation import case_blind_words
from tracker.parse.lexicon import CONJUNCTIONS, NAME_PARTICLE_RE, REPORTED, SAID
from tracker.parse.rules.zones import PLACE_ZONES

_GENERIC_NOUN = (
    r"(?:company|union|bank|central\s+bank|court|agency|government|group|carmaker|chipmaker|"
    r"automaker|ministry|party|board|firm|regulator|council|commission|department|office|"
    r"administration|authority|airline|lender|insurer|retailer|bloc|alliance|committee|"
    r"organi[sz]ation|association|federation|league|service|center|centre|institute|campaign|"
    r"utility|broadcaster|operator|manufacturer|club|embassy|university|exchange|network|"
    r"tribunal|parliament|assembly|cabinet|senate|congress|police|army|military|airport|"
    r"hospital|carrier|forecaster|drugmaker|maker|academy|museum|gallery)"
)
# "OPEC+", "Amazon.com", "the Farmers' Association", "S&P", "AT&T"
_TOKEN = r"[A-Z][\w-]*(?:&[A-Z][\w-]*)*(?:['’](?!s\b)[A-Za-z]+|\.com\b|(?<=s)['’](?=\s+[A-Z]))?\+?"
# "Ursula von der Leyen", "Procter & Gamble"
_PARTICLE = rf"al-\w+|{NAME_PARTICLE_RE}|&"
# a company's legal form, dropped from its name: "Tesla Inc.", "Shell plc", "Nvidia Corp"
_LEGAL_FORMS = frozenset("Inc Corp Co Ltd LLC plc Plc PLC AG SA NV SE GmbH Limited".split())  # noqa: SIM905
_LEGAL = "|".join(_LEGAL_FORMS)
_NAME = (
    rf"{_TOKEN}(?:\s+(?:{_TOKEN}|(?:{_PARTICLE})(?!\w)|(?:of|for)(?:\s+the)?(?=\s+[A-Z])))*"
    rf"(?:,?\s+(?-i:{_LEGAL})\b\.?)?"
)
_VERBS = (
    r"said|says|warned|warns|stated|states|announced|promised|promises|pledged|"
    r"pledges|vowed|vows|threatened|threatens|told|tells|declared|insisted|noted|predicted|"
    r"predicts|expects|expected|forecast|forecasts|added|wrote|posted|claimed|argued|"
    r"confirmed|urged|demanded|committed|set|gave|gives|issued|believes|reaffirm(?:ed|s)|"
    # a plural subject's forecast, and a vote that states a decision: "Lahore police expect",
    # "the Sejm voted on Tuesday that the commission must report by June 30"
    r"expect(?<=[a-z]\sexpect)(?=\s+(?:(?:the|a|an|twice|about|around|more|up\s+to)\b|\d))|"
    r"voted(?=\s+(?:on\s+[A-Z]\w+day\s+)?that\b)|"
    # a court's ruling and an ordered measure: "the court ruled that ballots must arrive by",
    # "he imposed a curfew that will remain in force until" (not "ruled out", "restrictions
    # imposed last week")
    r"ruled(?=\s+(?:on\s+[A-Z]\w+day\s+)?that\b)|"
    r"imposed(?=\s+(?:a|an|the|new|its|his|her|their)\b)|"
    r"(?:projects|estimates)(?!\s+(?:on|in|at|for|of|and|by|from|were|was|are|is)\b|\s*[,.;])|"
    r"told\s+reporters|reiterated|signalled|signaled|called\s+(?=(?:a|an|for)\b)|proposed|"
    r"ordered|unveiled|unveils|replied|responded|answered|"
    r"postponed|deferred|rescheduled|pushed\s+back|brought\s+forward|"
    r"sign(?:ed|s)(?=\s+(?:an?\s+|the\s+)?(?:executive\s+)?(?:orders?|decrees?|proclamations?)\b)"
)
# the words a sentence opens with before its subject, never part of an owner's name: "On
# Monday Russia's defence ministry", "Late Tuesday Japan's finance ministry"
_OPENING = (
    r"(?!(?:On|In|At|By|From|For|After|Before|Since|Until|During|Late|Early|Last|This|Next|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)"
)
# "Russia's defence ministry", "the kingdom's energy ministry", "The Canadian government"
_ORG = (
    rf"\b(?:[Tt]he\s+)?(?:(?:(?:{_OPENING}{_TOKEN}\s+){{0,2}}{_TOKEN}|[a-z]+)['’]s\s+(?:[a-z-]+\s+){{0,2}}|"
    rf"(?:{_TOKEN}\s+){{1,3}})"
    rf"{_GENERIC_NOUN}\b"
)
# a wire dateline before the first sentence: "CAIRO/RAFAH, Egypt (Reuters) - ", "SEOUL, Feb. 26 -",
# and a live blog's time stamp before an entry: "1145 GMT - ", "11:55: ", "20:38 GMT - "
_DATELINE_SRC = (
    r"(?:\d{4}\s+[A-Z]{2,4}\s*|\d{1,2}[:.]\d{2}(?:\s+[A-Z]{2,4})?\s*|"
    r"[A-Z][A-Z'’./-]+(?:\s+[A-Z][A-Z'’./-]+)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z\d][\w.]*)*)?\s*)"
    r"(?:\([\w .'’&-]{1,40}\)\s*)?(?:[-—–]{1,2}|:)\s+(?=[\"“A-Z])"  # "MUMBAI: "
)
_DATELINE = re.compile(_DATELINE_SRC)
# a name right after a preposition is a place or an object, not a subject ("ministers
# meeting in Lisbon on Friday said")
_PREPOSITIONS = "in at from to of for by into with near outside In At From For With".split()  # noqa: SIM905
# one lookbehind per word length, not one per word: fewer to try at every word
_NOT_AFTER_PREPOSITION = "".join(
    rf"(?<!\b(?:{'|'.join(w for w in _PREPOSITIONS if len(w) == size)})\s)"
    for size in sorted({len(w) for w in _PREPOSITIONS})
)
_SUBJECT_VERB = re.compile(
    r"(?=[A-Z]|\b[a-z])"  # where a subject can start, tested before the slow lookbehinds
    # and what a subject in lower case opens with: "the", a pronoun, a possessive ("bank's")
    r"(?=[A-Z]|the\s|he\b|she\b|it\b|[a-z]+['’]s\s)"
    rf"{_NOT_AFTER_PREPOSITION}"
    # "and" between two names: one body ("the Academy of Arts and Sciences") or a pair
    rf"(?P<who>{_ORG}|(?:\b[Tt]he\s+)?{_NAME}(?:\s+and\s+{_NAME})?|\b[Hh]e\b|\b[Ss]he\b|\b[Ii]t\b|"
    # "the French culture ministry said", "the Madrid regional education department said"
    rf"\b[Tt]he\s+(?:(?!of\b)[\w-]+\s+){{0,3}}{_GENERIC_NOUN}\b)"
    rf"(?:\s+\([A-Z][\w&.-]{{1,9}}\))?"  # its initials in brackets: "Labour Congress (NLC)"
    rf"\s*,?\s+(?:\w+ly\s+|later\s+|earlier\s+|now\s+|still\s+)?"
    rf"(?:on\s+[A-Z]\w+day\s+)?"
    rf"(?:(?:has|had|have|also|then|previously|again|once|already)\s+)*(?:{_VERBS})\b"
)
# a company whose name is a possessive: "Macy's said" (not "He's said")
_POSSESSIVE_SAID = re.compile(
    rf"(?=[A-Z])(?!(?:It|He|She|That|What|There)['’])(?<![\w'’-])"
    rf"(?P<who>(?:{_TOKEN}\s+){{0,3}}{_TOKEN}['’]s)\s+(?:said|says)\b"
)
_HAS_POSSESSIVE_SAID = re.compile(r"['’]s\s+(?:said|says)\b")
# the unnamed people who speak for a body, after which it is named: "officials at the
# European Commission said", "a spokeswoman for Toyota said"
_MEMBERS = (
    r"officials?|spokes(?:man|woman|person|people)|representatives?|members?|executives?|aides?"
)
# lower-case titles inside a name: "Kremlin spokesman Dmitry Peskov", "press secretary"
_TITLE_WORDS = (
    r"(?:spokes(?:man|woman|person)|press|secretary|minister|president|chief|director|"
    r"adviser|advisor|official|envoy|ambassador|governor|chair(?:man|woman)?|executive|"
    r"foreign|prime|deputy|finance|defen[cs]e|chancellor|general|commissioner)"
)
_ACCORDING = re.compile(
    rf"\b[Aa]ccording\s+to\s+(?:(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:from|by|of)\s+|"
    rf"(?:(?:a|an)\s+)?(?:senior\s+|top\s+)?(?:{_MEMBERS})\s+(?:at|for|with)\s+)?"
    rf"(?P<who>(?:the\s+)?(?:(?:[A-Z][\w'’-]*|(?:[a-z]+\s+)?{_TITLE_WORDS})\s+(?:(?:and|of|for)\s+(?=[A-Z]))?)*"
    rf"(?:[A-Z][\w'’-]*))"
)
_DOCUMENT = (
    r"(?:statement|website|filing|notice|report|announcement|release|decision|order|letter|"
    r"schedule|timetable|guidance|plan|minutes|documents?|data|figures)"
)
# a body described, not named: "according to a statement from the league", "... a notice
# posted on the court's website"
_ACCORDING_BODY = re.compile(
    rf"\baccording\s+to\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:from|by|of|on)\s+"
    # or its own: "according to the bank's statement", "... the ministry's website"
    rf"|(?=the\s+(?:[a-z]+\s+)?{_GENERIC_NOUN}['’]s\s+(?:[a-z]+\s+)?{_DOCUMENT}\b))"
    rf"(?P<who>the\s+(?:[a-z]+\s+)?{_GENERIC_NOUN})\b"
)
# "a deadline set by ... judge Kathaleen McCormick", "Boris Johnson, fresh from ..., said"
_SET_BY = re.compile(
    rf"\b(?:set|imposed|issued|given|announced|called)\s+by\s+[^,.;]*?(?P<who>(?:the\s+)?{_NAME})"
    # "set by Boris Johnson himself", "set by FAA chief Mike Whitaker in February"
    r"(?:\s+(?:himself|herself|itself|themselves))?"
    r"(?:\s+(?:in|on|last|earlier\s+this|this)\s+[A-Za-z]+(?:\s+\d{1,2})?)?"
    rf"\s*(?:[,.;]|$)"
)
# who speaks for a body without being named: "a Norwegian official said"
_SOURCES = (
    r"official|spokesman|spokeswoman|spokesperson|diplomat|aide|negotiator|source|insider|person"
)
# an unnamed role after the body it speaks for: "a Pentagon official said", "according to a
# Kremlin spokesman", "a Qatari government spokesman said", "a Norwegian official said"
_ROLE = re.compile(
    r"\b(?P<acc>[Aa]ccording\s+to\s+)?(?P<who>(?(acc)an?|[Aa]n?)\s+(?:senior\s+|top\s+)?"
    r"(?P<body>(?:[A-Z][\w.&'’-]*\s+){1,3})(?P<noun>(?:[a-z]+\s+){0,2}?)"
    rf"(?P<role>{_SOURCES}))(?(acc)\b|\s+(?:{SAID})\b)"
)
# "officials at the European Commission said", "a spokeswoman for Toyota said"
_MEMBER_OF = re.compile(
    rf"\b(?i:{_MEMBERS})\s+(?:of|at|for|from|with)\s+"
    rf"(?P<who>(?:the\s+)?{_NAME}|the\s+(?:[\w-]+\s+){{0,3}}?{_GENERIC_NOUN}\b)"
    rf"(?:,[^,]{{3,80}},)?\s+(?:\w+ly\s+)?(?:(?:has|have|had)\s+)?(?:{_VERBS})\b"
)
_HAS_MEMBER = re.compile(r"\b" + case_blind_words(_MEMBERS))
# "Microsoft's spokesman said", "the Commission's chief spokesperson told reporters"
_OWNED_ROLE = re.compile(
    rf"(?=[A-Z]|\b[Tt]he\b)(?<![\w'’-])(?P<who>(?:[Tt]he\s+)?{_NAME})['’]s\s+(?:[a-z]+\s+)?"
    rf"(?:spokes(?:man|woman|person)|officials?|representatives?)\s+(?:\w+ly\s+)?(?:{_VERBS})\b"
)
_HAS_OWNED_ROLE = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|officials?|representatives?)\s"
)
# the sentence's subject described by age at its end: "Jo Kim will retire in May, the
# 62-year-old said" (a person, checked with _is_person)
_AGED_SUBJECT = re.compile(rf",\s+the\s+\d+-year-old\s+(?:{SAID}|added)\b")
_SUBJECT = re.compile(rf"(?:The\s+)?(?P<who>{_NAME})\s+(?:[a-z]+ly\s+)?[a-z]")
# a match that starts inside a name governed by a preposition: "head of the National [Audit
# Office], has said"
_INSIDE_NAME = re.compile(r"\b(?:of|for|in|at|from|to|with)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*$")
# "..., his spokesman said": the spokesman speaks for the person named before
_SPOKESMAN = re.compile(
    r"\b(?:his|her)\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|aides?|office|press\s+secretary)"
    rf"\s+(?:{SAID}|added|confirmed)\b"
)
# "a cut-off set by a federal judge", "the demand by Nordic leaders ... that ..."
_DEMANDED_BY = re.compile(
    r"\b(?:set|imposed|issued|given|demand(?:ed)?|ultimatum|request(?:ed)?)\s+(?:by|from)\s+"
    r"(?P<who>(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:judge|court|regulator|panel|tribunal)"
    r"|(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:leaders|ministers|officials|governments|allies))\b"
)
# one or two appositions: "Jane Roe, the bank's governor, who ..., said"
_APPOSED = re.compile(
    rf"(?:^(?:[\w.'’-]+\s+){{0,4}}?|,\s+and\s+)(?P<who>{_NAME}(?:\s+and\s+(?:[A-Z][\w-]*\s+[a-z]+\s+)?{_NAME})?)"
    # no ", and ..." apposition; "has said" as "said"
    rf"(?:,(?!\s+and\s)[^,]{{3,120}}){{1,2}},\s+(?:(?:has|have|had)\s+)?(?:{_VERBS})\b"
)
# the sentence's subject, with the speech act in a second verb: "Albanese visited Government
# House and announced that ...", "Macron dissolved the assembly, calling a snap vote ..."
_COORDINATED = re.compile(
    rf"^(?P<who>{_NAME}(?:['’]s\s+{_NAME})?)(?:,[^,]{{3,80}},)?\s+(?:[a-z]+ly\s+)?(?!and\b|or\b)[a-z]+\b"
    rf"(?:[^.;]|\.(?=\d)){{0,200}}?"
    rf"(?:\s+and|,|(?=\s+(?:telling|saying|announcing|warning)\b))\s+"
    rf"(?:then\s+|now\s+)?(?:announced|announces|announcing|said|says|saying|set|sets|"
    rf"setting(?!\s+the\s+stage)|called|"
    rf"calling|declared|declaring|"
    rf"confirmed|confirming|told|telling|warned|warning|promised|promising|vowed|vowing|"
    rf"pledged|pledging|ordered|ordering|asked|asking|gave|giving|expects|forecasts|predicts|"
    rf"postponed|deferred|rescheduled)\b"
)
# the quote first, then a name with an apposition: "“...,” Amy Hood, Microsoft's finance
# chief, told analysts"
_QUOTE_APPOSED = re.compile(
    rf"[,”\"]\s*(?P<who>{_NAME}),\s+[^,.;]{{3,80}},\s+(?:\w+ly\s+)?(?:{_VERBS})\b"
)
# "Leavitt said (on Thursday) (that) President Donald Trump would decide ...": the person
# whose commitment is reported
_REPORTED = re.compile(
    rf"\s+(?:\w+ly\s+)?(?:on\s+[A-Z]\w+day\s+)?(?:that\s+)?(?P<who>{_NAME})\s+(?:would|will)\b"
)
_GROUP_NOUNS_RE = (
    r"traders|markets|investors|economists|analysts|"
    r"policymakers|officials|countries|nations|governments|leaders|forecasters|bookmakers|"
    r"unions|workers|employees|organisers|organizers|diplomats|strategists|"
    r"lawmakers|legislators|ministers|scientists|experts|negotiators|companies|regulators|"
    r"developers|delegates|authorities|executives|prosecutors|researchers|sources"
)
# a decision or a forecast of the sentence's subject, weaker than any "said": "OPEC+ agreed
# on Wednesday to cut ...", "Lucid and Churchill expect the merger to close ..."
_AGREED = re.compile(
    rf"^(?:The\s+)?(?!(?i:{_GROUP_NOUNS_RE})\b)(?P<who>{_NAME}(?:\s+and\s+{_NAME})?)\s+(?:(?:has|have|also)\s+)?"
    rf"(?:agreed\s+(?:(?:late|early)\s+)?(?:on\s+[A-Z]\w+day\s+)?to|expect)\b"
)
_COMMERCIAL_NOUNS = (
    "company|firm|group|carmaker|chipmaker|automaker|drugmaker|maker|airline|carrier|lender|"
    "insurer|retailer"
)
_COMMERCIAL = re.compile(rf"^(?:{_COMMERCIAL_NOUNS})$")
# what any body may be called, whatever its name: "the agency", "the forecaster"
_ANY_BODY_NOUNS = "agency|forecaster"
_ANY_BODY = re.compile(rf"^(?:{_ANY_BODY_NOUNS})$")
# "the union", and a body described by one word: "the Japanese drugmaker", "the state
# broadcaster", "the Kyoto-based company" (not a name: "the Environment Agency")
_GENERIC = re.compile(
    rf"^the\s+(?:{_GENERIC_NOUN}|(?-i:[a-z][\w-]*|[\w.]+-[\w-]+)\s+"
    rf"(?:{_COMMERCIAL_NOUNS}|{_ANY_BODY_NOUNS}|league|regulator|broadcaster|operator))$",
    re.I,
)
# a name that says the body is a public one, never "the company" or "the union"
_PUBLIC = (
    r"administration|commission|ministry|department|agency|office|court|government|council|"
    r"authority|police|army|military|parliament|cabinet"
)
_PUBLIC_BODY = re.compile(rf"\b(?:{_PUBLIC})\b", re.I)
_NOT_A_FIRM = re.compile(rf"\b(?:{_PUBLIC}|union|federation|congress)\b", re.I)
_INVERTED = re.compile(rf"[,”\"]\s*(?:said|says|told|wrote|added|warned|noted)\s+(?P<who>{_NAME})")
_FUTURE_SUBJECT = re.compile(
    # "due to" and "expected to" are what others set or foresee: "Countries are due to ..."
    rf"(?P<who>{_NAME})\s+(?:is|are|was|were)\s+(?:set|scheduled|slated|poised)\s+to"
    rf"|(?P<who2>{_NAME}|\b[Tt]he\s+(?:[a-z][\w-]*\s+)?{_GENERIC_NOUN})"  # "the software maker"
    rf"(?:,\s+(?:the|an?|which|who)\s+[^,]{{3,80}},)?\s+(?:also\s+)?"
    rf"(?:will|plans\s+to|intends\s+to|aims\s+to)\b"
)
# a particle joins the words of a person's name: "Saad al-Kaabi", "Luiz Inácio Lula da Silva"
_HYPHEN_PARTICLE = rf"(?:{NAME_PARTICLE_RE})-(?=[A-Z])"
# the capital first, then the word boundary before it: the engine skips to the next capital
_PERSON = re.compile(
    rf"[A-Z](?<!\w.){_TOKEN.removeprefix('[A-Z]')}(?:\s+(?:(?:{NAME_PARTICLE_RE})\s+(?={_TOKEN})|{_HYPHEN_PARTICLE})?{_TOKEN}){{1,4}}"
)
_PARTICLE_PREFIX = re.compile(_HYPHEN_PARTICLE)
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
    may june july august september october november december little much nothing everything
    there""".split()  # noqa: SIM905
)
# words that open a sentence and also open names ("Under Armour", "Via Rail", "Three UK"):
# dropped only before a date word or a lower-case word ("From Monday", "Under the plan")
_OPENING_WORDS = frozenset(
    """from with by under into over during until through among within without across
    between against amid via about we you they i two three four five six seven eight nine ten
    several many some most both few""".split()  # noqa: SIM905
)
_FUNCTION_WORDS = _STOP | _OPENING_WORDS
_DATE_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()  # noqa: SIM905
)
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|can|ic|i)$", re.I)


def _without_legal_form(words: list[str]) -> list[str]:
    """A firm's name without its legal forms, which news copy drops after the first
    mention: "Nintendo Co Ltd" -> "Nintendo", "Tesla, Inc." -> "Tesla"."""
    while len(words) > 1 and words[-1].rstrip(".") in _LEGAL_FORMS:
        words = [*words[:-2], words[-2].rstrip(",")]
    return words


def _opens_sentence(words: list[str]) -> bool:
    """Whether the first word is a sentence's function word, not part of a name."""
    head = words[0].lower().rstrip(".,")
    if head in _STOP:
        return True
    if head not in _OPENING_WORDS:
        return False
    nxt = words[1].rstrip(".,") if len(words) > 1 else ""
    return not nxt or nxt[:1].islower() or nxt.lower() in _DATE_WORDS


def _without_stop_words(name: str) -> str:
    """A name without the function words that open its sentence ("From Monday" -> "")."""
    words = name.split()
    while words and _opens_sentence(words):
        words.pop(0)
    return " ".join(words)


def clean_name(raw: str) -> str | None:
    """Drop leading sentence words, demonyms before titles, and titles."""
    words = raw.replace("\n", " ").split()
    while words:
        head = words[0].lower().rstrip(".,")
        nxt = words[1].lower().rstrip(".") if len(words) > 1 else ""
        titled = head in _TITLES or bool(_DEMONYM.search(head) and nxt in _TITLES)
        if _company_general(words):
            titled = False
        abbreviation = words[0].endswith(".") and len(words) > 1  # "U.S." before a name
        if not (_opens_sentence(words) or titled or abbreviation):
            break
        words.pop(0)
        if head in ("in", "at"):
            words = _without_place(words)
    words = _without_legal_form(words)
    titles = [i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".,") in _TITLES]
    if titles and not words[0][:1].islower() and not _company_general(words):
        words = words[titles[-1] + 1 :]  # "Bank of England Governor Andrew Bailey"
    if len(words) > 2 and words[0] == "of":
        words = words[3:] if words[1] == "the" else words[2:]  # "(Secretary) of State X"
    return " ".join(words) or None


def _company_general(words: list[str]) -> bool:
    """ "General Motors", "General Electric": a company, not a rank before a surname."""
    return len(words) == 2 and words[0] == "General"


def _without_place(words: list[str]) -> list[str]:
    """The words after "In" or "At" without the place they name, when a name follows it
    ("In Paris Macron said" -> "Macron")."""
    for size in (3, 2, 1):
        if len(words) > size and " ".join(words[:size]).lower().rstrip(".,") in PLACE_ZONES:
            return words[size:]
    return words


def _surnames(name: str) -> list[str]:
    """The words that name a person alone: the last ("Trump"), without its particle too
    ("al-Kaabi", "Kaabi")."""
    last = name.split()[-1]
    bare = _PARTICLE_PREFIX.sub("", last, count=1) if "-" in last else last
    return [last] if bare == last else [last, last[0].upper() + last[1:], bare]


def _given_names(name: str) -> list[str]:
    """The words before the surname a person may be called by alone ("Anwar" for "Anwar
    Ibrahim", "Lula" for "Luiz Inácio Lula da Silva")."""
    return [w for w in name.split()[:-1] if w[:1].isupper() and len(w) > 2 and "." not in w]


def _titled(raw: str, name: str) -> bool:
    """Whether ``raw`` gives ``name`` a title that says it is a person's ("Prime Minister
    Anwar Ibrahim")."""
    words = raw.split()
    dropped = words[: len(words) - len(name.split())]
    return any(w.lower().rstrip(".,") in _TITLES for w in dropped)


def known_people(text: str) -> dict[str, str]:
    """Surname -> the fullest name it appears in ("Trump" -> "Donald Trump"), and a given
    name -> the one titled person's name it opens or sits in ("Prime Minister Anwar Ibrahim
    ... Anwar said")."""
    names: dict[str, str] = {}
    given: dict[str, set[str]] = {}
    for m in _PERSON.finditer(text):
        name = clean_name(m.group())
        if name is None or " " not in name:
            continue
        for last in _surnames(name):
            if len(name) > len(names.get(last, "")):
                names[last] = name
        if _titled(m.group(), name):
            for word in _given_names(name):
                given.setdefault(word, set()).add(name)
    for word, full in given.items():
        if word not in names and len(full) == 1:
            names[word] = full.pop()
    return names


def _full(name: str, people: dict[str, str]) -> str:
    if name.lower().startswith("the "):
        return "the " + name[4:]
    return people.get(name.split()[-1], name) if " " not in name else name


_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“A-Z])")


def _subject_before(text: str, start: int, people: dict[str, str]) -> str | None:
    """The first person named in the sentence just before ``start``: a pronoun that opens
    a sentence usually refers to the last sentence's subject ("Sitharaman met Modi on
    Tuesday. She said ...")."""
    lo = max(0, start - 400)
    prev = lo
    for m in _SENTENCE_END.finditer(text, lo, max(lo, start - 1)):
        prev = m.end()
    for m in _PERSON.finditer(text, prev, start):
        name = clean_name(m.group())
        if name and " " in name and not _BODY_WORD.match(name.split()[-1]):
            full = _full(name, people)
            return full if full.split()[-1] in people else None
    return None


@lru_cache(maxsize=4096)
def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b")


def _last_person_before(text: str, start: int, people: dict[str, str]) -> str | None:
    subject = _subject_before(text, start, people)
    if subject:
        return subject
    found = None
    for m in _PERSON.finditer(text, max(0, start - 600), start):
        name = clean_name(m.group())
        if name:
            found = _full(name, people)
    if found is None:
        window = text[max(0, start - 600) : start]
        for last, full in people.items():
            if _whole_word(last).search(window):
                found = full
    return found


# collective speakers written in lower case: "traders now bet", "economists expect"
_GROUP_NOUNS = _GROUP_NOUNS_RE
_GROUP = re.compile(
    rf"\b(?P<who>(?:more\s+than\s+\d+\s+)?(?-i:(?:[A-Z][\w-]*\+?\s+){{0,3}})(?:{_GROUP_NOUNS}))"
    r"(?:\s+(?:polled|surveyed|questioned|quoted)\s+(?:by\s+(?-i:[A-Z][\w-]*)|(?:after|before|since)"
    r"\s+(?:the\s+)?[\w-]+))?"  # "polled by Reuters", "polled after the decision"
    r"(?:,\s+(?:meanwhile|however|though|too|in\s+turn),)?"
    r"(?:\s+(?:meeting|gathered|gathering|speaking)\s+(?:in|at)\s+(?:the\s+)?"  # "meeting in Rome"
    r"(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))*)?"
    r"(?:\s+on\s+(?-i:[A-Z])\w+day)?"
    r"\s+(?:now\s+|still\s+|also\s+|broadly\s+)?(?:have\s+|had\s+)?(?:\w+ly\s+)?"
    r"(?:bet|see|expect|predict|forecast|price|pledged|vowed|promised|agreed|said|say|warned|warn|"
    r"pencil+ed\s+in|hoped?|hopes|"
    r"threatened|committed|demanded|told|gave|given|set|issued|asked|ordered|urged|(?:are|were)\s+(?:\w+ly\s+)?"
    r"(?:betting|pricing|expecting|predicting|forecasting))\b",
    re.I,
)
_HAS_GROUP_NOUN = re.compile(r"\b" + case_blind_words(_GROUP_NOUNS))  # checked before _GROUP
_QUANTIFIERS = frozenset("most many some several all other the both".split())  # noqa: SIM905
_ATTRIBUTED = (
    _APPOSED,
    _SPOKESMAN,
    _QUOTE_APPOSED,
    _MEMBER_OF,
    _OWNED_ROLE,
    _SUBJECT_VERB,
    _POSSESSIVE_SAID,
    _ACCORDING,
    _ACCORDING_BODY,
    _INVERTED,
    _SET_BY,
    _COORDINATED,
    _AGREED,
    _ROLE,
    _DEMANDED_BY,
    _AGED_SUBJECT,
)
_AS_WRITTEN = (_DEMANDED_BY,)  # "Nordic leaders"
# the patterns that end with the speech verb, where a reported clause starts
_ENDS_WITH_VERB = (_SUBJECT_VERB, _MEMBER_OF, _OWNED_ROLE, _ROLE)
# what a sentence must hold for a pattern to match in it, checked first: far cheaper to scan
_HAS_COORDINATED_VERB = re.compile(  # the second verb of _COORDINATED, by its stem
    r"(?:announc|said|says|saying|set|call|declar|confirm|told|telling|warn|promis|vow|pledg|"
    r"order|ask|gave|giving|expects|forecasts|predicts|postponed|deferred|rescheduled)"
)
_HAS_ACCORDING = re.compile("ccording")
_HAS_BY = re.compile(r"\s(?:by|from)\s")
_HAS_SPOKESMAN = re.compile("spokes|aide|office|press")
_HAS_ROLE = re.compile("official|spokes|diplomat|aide|negotiator|source|insider|person")
_HAS_AGREED = re.compile("agreed|expect")
_HAS_VERB = re.compile(rf"\b(?:{_VERBS})\b")
_NEEDS = {
    _POSSESSIVE_SAID: _HAS_POSSESSIVE_SAID,
    _SUBJECT_VERB: _HAS_VERB,  # its verb follows whitespace
    _APPOSED: _HAS_VERB,
    _MEMBER_OF: _HAS_MEMBER,
    _OWNED_ROLE: _HAS_OWNED_ROLE,
    _COORDINATED: _HAS_COORDINATED_VERB,
    _QUOTE_APPOSED: _HAS_VERB,
    _SPOKESMAN: _HAS_SPOKESMAN,
    _ACCORDING: _HAS_ACCORDING,
    _ACCORDING_BODY: _HAS_ACCORDING,
    _SET_BY: _HAS_BY,
    _DEMANDED_BY: _HAS_BY,
    _AGREED: _HAS_AGREED,
    _ROLE: _HAS_ROLE,
}
# each pattern with its check, paired once: a pattern hashes its whole program at each lookup
_CHECKED = tuple((pattern, _NEEDS.get(pattern)) for pattern in _ATTRIBUTED)
_ORG_END = re.compile(rf"{_GENERIC_NOUN}$")
# the name that opens a sentence: "Tesla's third-quarter profit ...", "Nintendo unveiled ..."
_OPENER = re.compile(
    rf"(?:^|[.!?][\"”’]?\s+)(?:{_DATELINE_SRC})?(?:The\s+)?(?P<org>{_NAME})"
    # the body a place owns, named: "Sweden's Riksbank", not "Sweden"
    rf"(?:['’]s\b(?:\s+(?P<owned>{_NAME}))?)?"
)


def _opening_body(m: re.Match[str]) -> str:
    """The body an _OPENER match names: a place's own body ("Sweden's Riksbank"), not the
    place, but a body's product is not the body ("NASA's Ingenuity helicopter")."""
    owned = m.group("owned")
    return owned if owned and m.group("org").lower() in PLACE_ZONES else m.group("org")


def _org_or_name(raw: str) -> str | None:
    """A body ("Russia's defence ministry", "the Canadian government") as written, with
    "The" in lower case; a person's name without titles."""
    if raw.lower().startswith("the "):
        return "the " + _without_descriptor(raw[4:])
    if _ORG_END.search(raw):
        return raw
    return clean_name(raw)


# what a union is, said after its name: "the Offshore Alliance union" is "the Offshore Alliance"
_DESCRIPTOR = re.compile(r"\s+union$")
# adjectives of a country, which describe a union and do not name it: "the German union"
_ADJECTIVE = re.compile(r"(?:an|French|Dutch|Swiss|Thai|Greek|Czech|Welsh|Arab|Kazakh|Uzbek)$")


def _without_descriptor(name: str) -> str:
    """A union's name without the common noun after it ("Teamsters union" -> "Teamsters"),
    when the words before it are a name, not adjectives ("German union", "dockers' union")."""
    m = _DESCRIPTOR.search(name)
    if m is None:
        return name
    words = name[: m.start()].split()
    if not words or any(
        not w[:1].isupper() or _DEMONYM.search(w) or _ADJECTIVE.search(w) for w in words
    ):
        return name
    return " ".join(words)


_BODY_WORD = re.compile(
    rf"^(?:{_GENERIC_NOUN}|association|palace|house|fund|corp\w*|inc|motors|reserve|nations)$", re.I
)


# How far back "the company" may look for the organisation it stands for: a few
# sentences, which also keeps a long article linear.
_ORG_LOOKBACK = 1500
_IT_LOOKBACK = 400  # "it said" names a body of this sentence or the last one or two


_ACRONYM = re.compile(r"the ([A-Z]{2,6})")
_GLUE = r"\s+(?:(?:of|for|and|on|the)\s+)*"


def _spelt_out(text: str, name: str) -> str:
    """A body's initials with "the" stand for its name spelt out in the text ("the IMD"
    -> "the India Meteorological Department")."""
    m = _ACRONYM.fullmatch(name)
    if m is None:
        return name
    words = _GLUE.join(rf"{c}[a-z][\w'’-]*" for c in m.group(1))
    full = re.search(rf"\b{words}\b", text)
    return "the " + full.group() if full else name


# words that end a description: "Kim told the union" describes no union as "Kim"
_NOT_DESCRIPTIVE = r"(?!(?:the|a|an|to|of|its|his|her|their|and|or)\b)"


def _described(before: str, noun: str) -> str | None:
    """The name the sentence gave a body it described before "the <noun>" ("the GDL train
    drivers' union will strike ..., the union said" -> "GDL")."""
    found = None
    for m in re.finditer(
        rf"(?P<name>{_NAME})\s+(?:{_NOT_DESCRIPTIVE}[a-z][\w'’-]*\s+){{0,3}}?{noun}\b", before
    ):
        found = clean_name(m.group("name"))
    return found


_NAME_RE = re.compile(rf"\b(?:[Tt]he\s+)?{_NAME}")


def _public_body_in(sentence: str) -> str | None:
    """The last public body the sentence names, which "the agency" may stand for ("the
    state Department of Transport will ..., the agency said")."""
    found = None
    for m in _NAME_RE.finditer(sentence):
        if _PUBLIC_BODY.search(m.group()):
            found = m.group()
    return _org_or_name(found) if found else None


def _named_before(text: str, at: int, noun: str) -> str | None:
    """The last body before ``at`` whose name ends in ``noun`` ("the court" -> "the Supreme
    Court")."""
    found = None
    words = r"(?:(?!The\b)[A-Z][\w'’.-]*\s+(?:(?:of|for|and)\s+)?){1,4}"
    pattern = rf"\b(?:[Tt]he\s+)?{words}{noun.title()}\b"
    for m in re.finditer(pattern, text[max(0, at - _ORG_LOOKBACK) : at]):
        found = m.group()
    return _org_or_name(found) if found else None


def _may_be(name: str, noun: str) -> bool:
    """Whether "the <noun>" can stand for the body ``name``: a name that says so ("the
    union" for "the Transport Workers Union"), any firm for "the company" but not a public
    body, and any body for "the agency" or "the forecaster"."""
    if noun in name.lower():
        return True
    if _COMMERCIAL.match(noun):
        return _NOT_A_FIRM.search(name) is None
    return _ANY_BODY.match(noun) is not None


def _may_be_last(name: str, noun: str) -> bool:
    """Whether "the <noun>" can stand for the body that spoke last: as any body may, but a
    public body is no "company" or "union", and only a name that says so is "the
    government" or "the court"."""
    if _may_be(name, noun):
        return True
    if _COMMERCIAL.match(noun):
        return False  # _may_be has judged it
    return not (_PUBLIC_BODY.search(noun) or _PUBLIC_BODY.search(name))


def _is_person(name: str, people: dict[str, str], names: frozenset[str]) -> bool:
    last = name.split()[-1]
    if name.lower().startswith("the ") or _BODY_WORD.match(last):
        return False  # "the British Medical Association", "General Motors"
    return last in people or name in names


# a sentence's first word shaped like a participle or an adverb is capitalised only because
# it opens the sentence: "Detailed results showed ...", "Starting in July, ...", "Separately, ...",
# and so is a compound adjective: "Quarantine-free flights", "State-owned lenders"
_NOT_A_NAME = re.compile(r"[A-Z][a-z]{3,}(?:ed|ly)$|[A-Z][a-z]{4,}ing$|[A-Z][a-z]+-[a-z]+$")


# a plural common noun, capitalised only as its sentence's first word: "Applications will open
# ...", "Prices will rise ..." (not "Siemens", "Emirates", "Lloyds" or "Qantas")
_PLURAL_WORD = re.compile(
    r"[A-Z][a-z]+(?:tions|sions|ments|ings|ances|ences|ities|ices)|"
    r"(?:Talks|Polls|Shares|Stocks|Sales|Rates|Markets|Taxes|Wages|Fares|Rents|Tariffs|Exports|"
    r"Imports|Flights|Tickets|Refunds|Fees|Bills|Loans|Bonds|Schools|Shops|Stores|Trains|"
    r"Buses|Roads|Borders|Rules|Results|Figures|Votes|Ballots|Entries|Supplies|Deliveries)"
)


def _common_plural(name: str) -> bool:
    """Whether ``name`` is one plural common noun, no body's name."""
    return _PLURAL_WORD.fullmatch(name) is not None


def _org_before(
    text: str,
    at: int,
    people: dict[str, str],
    names: frozenset[str],
    lookback: int = _ORG_LOOKBACK,
    noun: str = "",
) -> str | None:
    """The last organisation that opens a sentence in the few sentences before ``at`` (one
    that "the <noun>" may stand for)."""
    found = None
    for m in _OPENER.finditer(text, max(0, at - lookback), at):
        org = _without_stop_words(_opening_body(m))
        if _COUNTED_NAME.match(text, m.end()) and _COUNT.match(org.split()[0] if org else ""):
            org = " ".join(org.split()[1:])  # "Three OPEC+ sources said", not "Three UK said"
        if (
            not org
            or org.lower() in _FUNCTION_WORDS
            or _NOT_A_NAME.match(org)
            or _common_plural(org)
            or org.split()[0].lower() in _TITLES
            or _is_person(org, people, names)
            or (noun and not _may_be(org, noun))
        ):
            continue
        found = org
    return found


# what opens a clause of its own, the attribution after it does not reach back: "..., and
# the party's leaders have said", "... next May, when his challenger Jo Kim has vowed",
# "six months after the council declared"
_CLAUSE_OPENER = re.compile(
    rf"(?:[;:]|\b(?:{CONJUNCTIONS}|as|because|since|when|where|"
    r"after|before|once|until|unless))\s+(?:[\w'’.-]+\s+){0,3}$",
    re.I,
)


def _later_clause(sentence: str, date_at: int, at: int) -> bool:
    """Whether the attribution at ``at`` opens a clause after the one holding the date
    ("the vote is on Thursday, and markets see ..."), rather than closing it ("..., the
    ministry said")."""
    if at <= date_at:
        return False
    return _CLAUSE_OPENER.search(sentence, max(0, at - 80), at) is not None


# where a statement was made: "said at the trade fair", "told a conference in Davos"
_SPEAKING_AT = re.compile(
    r"\b(?:(?:said|says)\s+|told\s+(?:[\w-]+\s+){1,3}?)(?:on\s+[A-Z]\w+day\s+)?(?:at|in|during)\s+"
    r"[^,;]*$"
)


def _about_someone(sentence: str, date_at: int, at: int) -> bool:
    """Whether the date sits in a "who", "where" or "which" clause after the attribution: a
    fact the writer adds about a person or a place, or about where a statement was made
    ("... hand the file to Jo Kim, who takes office on Monday", "she told reporters in Goa,
    where the council meets on Friday", "the company said at the fair, which runs until
    Friday")."""
    if at > date_at:
        return False
    who = max(sentence.rfind(", who ", at, date_at), sentence.rfind(", where ", at, date_at))
    which = sentence.rfind(", which ", at, date_at)
    if which > who and not _SPEAKING_AT.search(sentence, at, which):
        which = -1  # "signed orders imposing tariffs, which take effect ...": his measure
    opener = max(who, which)
    inside = sentence[opener + 2 : date_at]
    if _SPEAKER_APPOSITION.search(inside):
        return False  # "Kim, who chairs the panel, said talks would end on Friday"
    return opener >= 0 and ";" not in inside and inside.count(",") % 2 == 0  # ", chaired by ...,"


# a "who" clause that describes the speaker, closed by the speech verb
_SPEAKER_APPOSITION = re.compile(rf"^who\s[^,;]*,\s+(?:(?:has|have|had)\s+)?(?:{REPORTED})\b")


# "Governor Jo Kim, who has vowed to ...": the person's own commitment or forecast
_WHO_VOWED = re.compile(
    rf"(?P<who>{_NAME}),\s+who\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|long\s+|repeatedly\s+)?"
    r"(?:vowed|pledged|promised|predicted|forecast|threatened|committed|said|says|expects)\b"
)
# a subordinate clause that does not commit its subject: "whether Kim will ..."
_NOT_COMMITTED = re.compile(r"\b(?:whether|if)\s+$")
_FORECAST_VERB = re.compile(r"\b(?:expects|forecasts|predicts|projects|estimates|believes)$")
_CLAUSE_MARK = re.compile(rf"[;:]|,\s+(?:{CONJUNCTIONS})\s")
# a clause of its own after a comma: "..., and Berg said"
_NEXT_CLAUSE = re.compile(
    rf"(?:[;:]|,\s+(?:{CONJUNCTIONS}))\s+(?:(?-i:[a-z])[\w'’-]*\s+){{0,3}}$",
    re.I,
)
# a new clause between a subject and the date: "Kim will speak on Monday, while Ames ..."
_NEW_CLAUSE = re.compile(rf"[;:]|,\s+(?:{CONJUNCTIONS})\b|\s+while\b")


# a "which" or "who" clause that holds the date: "the deal, which runs until May 1, ..."
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whose)\s+[^,;]*$")


# where a clause's subject can start: "..., and the union will ...", "said that Kim will"
_CLAUSE_START = re.compile(
    r"(?:^|[,;:(\u2014\u2013-]|\b(?:that|and|but|while|said|says|so|then|also))\s*(?:[Tt]he\s+)?$"
)


def _opens_clause(sentence: str, at: int) -> bool:
    """Whether a name at ``at`` can be a clause's subject, not an object inside one ("the
    eclipse visible from the contiguous United States will ...")."""
    return _CLAUSE_START.search(sentence, max(0, at - 20), at) is not None


def _not_committed(sentence: str, m: re.Match[str], date_at: int) -> bool:
    """Whether a "will" subject does not commit to the dated action: it sits in a
    "whether" clause, or a new clause opens between it and the date, or the date sits in
    a "which" clause before it, a fact about something else."""
    return bool(
        _NOT_COMMITTED.search(sentence, 0, m.start())
        or (m.end() < date_at and _NEW_CLAUSE.search(sentence, m.end(), date_at))
        or (date_at < m.start() and _RELATIVE_OPEN.search(sentence, 0, date_at))
    )


# "... before his term ends on Tuesday": a clause of its own that only dates the statement
_WHEN_CLAUSE = re.compile(
    r"\b(?:when|before|after|once)\s+(?:the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
    # and its object: "a day before the Federal Reserve announces its decision on Wednesday"
    r"[a-z]+s\s+(?:(?:its|his|her|their|the|a|an)\s+(?:[\w'’-]+\s+){0,3}?)?(?:(?:on|at|in)\s+)?$"
)
# a clause in the writer's own voice after a reported one: after a semicolon or a contrast
# ("..., while the transition period ends on Dec. 31"), or a clause
# in the present or future after a past "said" whose report is backshifted ("said the
# flight could slip, but the launch remains set for Nov. 14")
_SEMICOLON = re.compile(r"(?:;|,\s+(?:while|whereas))\s+(?!(?:he|she|it|they|we|I)\b)")
_PRESENT_CLAUSE = re.compile(
    r",\s+(?:and|but|while|whereas|yet)\s+(?!(?:that|he|she|it|they|we|I|its|his|her|their)\b)"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,5}?(?:will|is|are|remains?|shall)\b"
)
_UNSHIFTED = re.compile(r"\b(?:will|is|are|remains?|shall|says|say)\b")
_PAST_SAID = re.compile(r"\b(?:said|told|added|noted|wrote|warned|announced|confirmed)\b")


def _writers_clause(sentence: str, at: int, verb_end: int, date_at: int) -> bool:
    """Whether the date sits in a clause of the writer's own after the attribution at
    ``at`` (its speech verb ending at ``verb_end``): after a semicolon or a "while", or in
    the present or future after a past-tense report ("..., the league said; the team is due
    to play on Saturday", "told the paper that she wanted ..., and the candidates will
    debate on")."""
    start = max(at, verb_end)
    if at < 0 or start >= date_at:
        return False
    if _SEMICOLON.search(sentence, start, date_at):
        return True
    marks = list(_PRESENT_CLAUSE.finditer(sentence, start, date_at))
    mark = marks[-1] if marks else None
    if mark is None or not _PAST_SAID.search(sentence, at, start + 1 if verb_end < 0 else start):
        return False
    reported = sentence[start : mark.start()]
    # a report before it: "..., he said, and the two will speak again on May 12" goes on with it
    return bool(reported.strip()) and not _UNSHIFTED.search(reported)


def _background(sentence: str, date_at: int, at: int) -> bool:
    """Whether the date sits in a "when" or "before" clause with a subject and verb of its
    own, after the attribution: background the writer adds, not what the speaker said."""
    return (
        at < date_at and _WHEN_CLAUSE.search(sentence, max(at, date_at - 80), date_at) is not None
    )


# a group in a clause about something else: "..., which analysts expect", "in what union
# leaders say"
_GROUP_IN_RELATIVE = re.compile(r"\b(?:which|what|whom)\s+(?:[a-z]+\s+){0,2}$")
# a group that is the object of a preposition, not a subject: "officials from other countries"
_GROUP_GOVERNED = re.compile(
    r"\b(?:from|at|in|with)\s+(?:several|many|other|some|both|all|\d+|two|three|four|five)\s+$"
)
_COUNT_RE = r"(?:two|three|four|five|six|several|\d+)"
# unnamed sources, counted: "two government officials said"
_COUNTED_SOURCES = re.compile(rf"\b{_COUNT_RE}\s+(?:[a-z]+\s+)?$")
# the group nouns (see _GROUP_NOUNS) for people who speak for a body without being named,
# in the plural: "two officials said"
_SOURCE_NOUNS = frozenset(
    ("officials", "diplomats", "negotiators", "executives", "delegates", "sources")
)
_COUNT = re.compile(rf"{_COUNT_RE}$", re.I)
# the people a count before a name counts: "Three OPEC+ sources", "Two Boeing executives"
_COUNTED_NAME = re.compile(
    rf"\s+(?:{_GROUP_NOUNS_RE}|sources|delegates|members|people|insiders|staff)\b"
)


def _anonymous(sentence: str, m: re.Match[str]) -> bool:
    """Whether a group is counted unnamed sources, no speaker ("three officials said")."""
    words = m.group("who").split()
    return words[-1].lower() in _SOURCE_NOUNS and bool(
        words[-1].lower() == "sources"
        or _COUNT.match(words[0])
        or _COUNTED_SOURCES.search(sentence, max(0, m.start() - 40), m.start())
    )


@lru_cache(maxsize=64)
def _groups(sentence: str) -> tuple[re.Match[str], ...]:
    """Every collective speaker in ``sentence``, found once for all its dates."""
    if not _HAS_GROUP_NOUN.search(sentence):
        return ()
    return tuple(_GROUP.finditer(sentence))


def _group(sentence: str, date_at: int) -> re.Match[str] | None:
    """The collective speaker nearest before the date in its clause, else the first one
    after it that closes the clause (none if it is counted unnamed sources)."""
    before = after = None
    for m in _groups(sentence):
        if m.start() < date_at:
            before = m
        elif (
            after is None
            and not _later_clause(sentence, date_at, m.start())
            and not _GROUP_IN_RELATIVE.search(sentence, max(0, m.start() - 40), m.start())
        ):
            after = m
    if before is not None and _GROUP_GOVERNED.search(
        sentence, max(0, before.start() - 30), before.start()
    ):
        before = None  # "officials from several countries said": the countries say nothing
    found = before or after
    if found is None or (_anonymous(sentence, found) and _principal(found) is None):
        return None
    return found


def _principal(group: re.Match[str]) -> str | None:
    """The body counted unnamed sources speak for: "two Boeing executives" -> "Boeing" (not
    a nationality: "two Turkish officials")."""
    words = group.group("who").split()
    if words[-1].lower() not in _SOURCE_NOUNS:
        return None
    while len(words) > 1 and (_COUNT.match(words[0]) or words[0].lower() in _FUNCTION_WORDS):
        words.pop(0)
    named = words[:-1]
    first = group.group("who").split()[0]
    opening = not group.string[: group.start()].strip() and named[:1] == [first]
    if opening and not _ACRONYM_WORD.match(named[0]):
        return None  # "Security sources said": capitalised only as the sentence's first word
    return " ".join(named) if named and not _DEMONYM.search(named[-1]) else None


_ACRONYM_WORD = re.compile(r"[A-Z][A-Z.&+]+$")


def _source_only(group: re.Match[str], kind: object) -> bool:
    """Whether unnamed officials only report what others will do, no speaker ("The
    treaty will be signed on Friday, officials said"), rather than forecast it themselves
    ("diplomats expect a deal in May")."""
    return str(kind) != "prediction" and group.group("who").split()[-1].lower() in _SOURCE_NOUNS


_NO_PRINCIPAL = frozenset(("source", "insider", "person"))
_GENERIC_WORD = re.compile(_GENERIC_NOUN)


def _role_body(m: re.Match[str]) -> str | None:
    """The body an unnamed role speaks for ("a Pentagon official" -> "Pentagon", "a Qatari
    government spokesman" -> "the Qatari government"); a nationality only describes an
    anonymous person ("a Norwegian official": none), and a source speaks for nobody."""
    if m.group("role") in _NO_PRINCIPAL:
        return None
    body, noun = m.group("body").split(), m.group("noun").split()
    if noun and _GENERIC_WORD.fullmatch(noun[-1]):
        return "the " + " ".join(body + noun)
    if noun or _DEMONYM.search(body[-1]) or "." in body[-1]:
        return None  # "an Israeli official": anonymous, speaking for no body named
    return " ".join(body)


class Speakers:
    """Speakers across one text, read sentence by sentence so that "he said" can name the
    last person who spoke (or was named) before it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._people: dict[str, str] | None = None
        self._names: frozenset[str] = frozenset()
        self._last: str | None = None
        self._seen: dict[tuple[int, int], str | None] = {}
        # where the attribution sits in its sentence: (start of the match, end of the
        # speech verb for a subject-verb match, else -1)
        self._where: dict[tuple[int, int], tuple[int, int]] = {}
        self._unread: deque[tuple[int, int]] = deque()

    @property
    def people(self) -> dict[str, str]:
        if self._people is None:
            self._people = known_people(self.text)
            self._names = frozenset(self._people.values())
        return self._people

    @property
    def names(self) -> frozenset[str]:
        """The full names of ``people``, for a quick lookup."""
        self.people  # noqa: B018  (fills _names)
        return self._names

    def read(self, start: int, end: int) -> None:
        """Note who speaks in text[start:end], for the pronouns of later sentences.

        Read lazily: a sentence is only searched for its speaker when a later one needs
        the last speaker before it (or when a claim in it needs its own)."""
        self._unread.append((start, end))

    def _last_before(self, start: int) -> str | None:
        """The last speaker of the sentences read before the one starting at ``start``."""
        while self._unread and self._unread[0][0] < start:
            span = self._unread.popleft()
            found = self._attributed(*span)
            if found is not None and found.lower() not in ("he", "she"):
                self._last = found
        return self._last

    def speaker(self, start: int, end: int, kind: object, date_at: int) -> str | None:
        """The speaker of a claim of ``kind`` in the sentence text[start:end]. A scheduled
        event only has one when the sentence says who announced it."""
        found = self._speaker(start, end, kind, date_at)
        if found is None:
            return None
        found = " ".join(_without_legal_form(found.split()))
        return _spelt_out(self.text, found) if found.startswith("the ") else found

    def _speaker(self, start: int, end: int, kind: object, date_at: int) -> str | None:
        found = self._attributed(start, end)
        sentence = self.text[start:end]
        vowed = self._who_vowed(sentence, date_at)
        if vowed:
            return vowed
        group = _group(sentence, date_at)
        if group is not None and _anonymous(sentence, group):  # "two Boeing executives said"
            return _principal(group) if str(kind) != "event" else None
        if group is not None and _source_only(group, kind):
            group = None
        if found is not None:
            at, verb_end = self._where[(start, end)]
            later = self._clause_speaker(start, sentence, at, date_at) or self._trailing_sayer(
                start, sentence, verb_end, date_at
            )
            if later is not None:
                found, at, verb_end = later
            if (
                _later_clause(sentence, date_at, at)
                or _about_someone(sentence, date_at, at)
                or (str(kind) != "promise" and _background(sentence, date_at, at))
                or (str(kind) == "event" and _writers_clause(sentence, at, verb_end, date_at))
            ):
                found = None  # "... by Friday, and the mayor has called a referendum"
        if found is not None and group is not None and group.start() == at:
            found = None  # "Investors expect ...": the group, as a group
        if found is not None:
            if group and group.start() < date_at < at:
                pass  # "economists expect a cut in June, after Lagarde said ..."
            else:
                if str(kind) in ("promise", "deadline"):
                    return self._reported(sentence, verb_end, found) or found
                return found
        if group:
            words = group.group("who").split()
            while len(words) > 1 and words[0].lower() in _QUANTIFIERS:
                words.pop(0)
            return " ".join([*words[:-1], words[-1].lower()])  # "Investors" -> "investors"
        if str(kind) not in ("promise", "deadline"):
            return None
        for m in _FUTURE_SUBJECT.finditer(sentence):
            if (
                _not_committed(sentence, m, date_at)
                or _background(sentence, date_at, m.start())
                or not _opens_clause(sentence, m.start())
            ):
                continue
            raw = m.group("who") or (m.groupdict().get("who2") or "")
            name = _org_or_name(raw)
            if name and name.lower() not in ("it", "they", "he", "she"):
                if _GENERIC.match(name):  # "The carmaker also plans to ..."
                    return self._referent(start, start + m.start(), name) or name
                return _full(name, self.people)
        return None

    def _who_vowed(self, sentence: str, date_at: int) -> str | None:
        """The person whose own commitment a "who" clause reports, when the date sits in it
        ("Mayor Jo Kim, who has pledged to plant a million trees by 2030, said ...")."""
        found = None
        if ", who " not in sentence:
            return None
        for m in _WHO_VOWED.finditer(sentence, 0, date_at):
            if "," not in sentence[m.end() : date_at]:
                name = clean_name(m.group("who"))
                found = _full(name, self.people) if name else None
        return found

    def _clause_speaker(
        self, start: int, sentence: str, at: int, date_at: int
    ) -> tuple[str, int, int] | None:
        """A named speaker who opens a later clause, still before the date, in place of the
        sentence's first ("Ames told reporters ..., and Berg said that she would ... on
        Friday")."""
        mark = _CLAUSE_MARK.search(sentence, at + 1, date_at)
        if mark is None:
            return None
        found = None
        for m in _SUBJECT_VERB.finditer(sentence, mark.end(), date_at):
            raw = m.group("who")
            if raw.lower() in ("he", "she", "it") or not _NEXT_CLAUSE.search(
                sentence, 0, m.start()
            ):
                continue
            name = _org_or_name(raw)
            if name and _GENERIC.match(name):  # "..., and the union said"
                name = self._referent(start, start + m.start(), name) or name
            if name and name.lower() not in _FUNCTION_WORDS:
                found = (_full(name, self.people), m.start(), m.end())
        return found

    def _trailing_sayer(
        self, start: int, sentence: str, verb_end: int, date_at: int
    ) -> tuple[str, int, int] | None:
        """Who states a body's forecast: the named speaker whose attribution closes the
        clause ("The agency expects ... by May, its director Jo Kim said")."""
        if verb_end < 0 or verb_end > date_at or not _FORECAST_VERB.search(sentence, 0, verb_end):
            return None
        for m in _SUBJECT_VERB.finditer(sentence, date_at):
            if _later_clause(sentence, date_at, m.start()):
                return None
            raw = m.group("who")
            if raw.lower() in ("he", "she"):
                name = self._last_before(start)
            elif raw.lower() == "it":
                return None
            else:
                name = _org_or_name(raw)
                name = _full(name, self.people) if name else None
            return (name, m.start(), m.end()) if name else None
        return None

    def _reported(self, sentence: str, verb_end: int, sayer: str) -> str | None:
        """The person whose commitment the speaker reports ("Leavitt said Trump would
        decide ..."), if the reported clause opens with a person's name."""
        m = _REPORTED.match(sentence, verb_end) if verb_end >= 0 else None
        if m is None:
            return None
        name = clean_name(m.group("who"))
        if not name or name.lower() in _FUNCTION_WORDS:
            return None
        name = _full(name, self.people)
        if name == sayer or not _is_person(name, self.people, self.names) or " " not in name:
            return None
        return name

    def _referent(self, start: int, at: int, generic: str = "the company") -> str | None:
        """Who "the company" / "the union" refers to: the last body named as a speaker
        before this sentence, else the organisation that opens the nearest sentence
        ("Tesla's profit fell ... The company said"). Any firm can be "the company", but
        only a name that says so is "the government" or "the union"."""
        noun = generic.split()[-1].lower()
        described = _described(self.text[start:at], noun)
        if described:
            return described
        if _ANY_BODY.match(noun):
            public = _public_body_in(self.text[start:at])
            if public:
                return public
        last = self._last_before(start)
        if last and noun in last.lower():
            return last
        named = _named_before(self.text, at, noun)
        if named:
            return named
        if last and not _is_person(last, self.people, self.names) and _may_be_last(last, noun):
            return last
        org = _org_before(self.text, at, self.people, self.names, noun=noun)
        if org:
            return org
        return None

    def _principal(self, start: int, at: int) -> str | None:
        """The person a spokesman speaks for: the last one named before ``at`` in the
        sentence, else the last speaker before it."""
        found = None
        for m in _PERSON.finditer(self.text, start, at):
            name = clean_name(m.group())
            if name and " " in name and _is_person(name, self.people, self.names):
                found = _full(name, self.people)
        return found or self._last_before(start)

    def _subject_person(self, body: str) -> str | None:
        """The person whose name opens the sentence ("Jo Kim will ...")."""
        m = _SUBJECT.match(body)
        name = clean_name(m.group("who")) if m else None
        if not name or name.lower() in _FUNCTION_WORDS:
            return None
        name = _full(name, self.people)
        return name if _is_person(name, self.people, self.names) else None

    def _surname(self, raw: str) -> str | None:
        """A one-word name that is also a common word, when the text names a person by it
        ("May said" after "Theresa May")."""
        return raw if raw in self.people else None

    def _attributed(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key in self._seen:
            return self._seen[key]
        sentence = self.text[start:end]
        skip = _DATELINE.match(sentence)
        body = sentence[skip.end() :] if skip else sentence  # "^" opens the sentence proper
        shift = len(sentence) - len(body)
        found: str | None = None
        where = (-1, -1)
        held: dict[int, bool] = {}  # a check shared by two patterns runs once
        for pattern, needed in _CHECKED:
            if needed is not None:
                if id(needed) not in held:
                    held[id(needed)] = needed.search(body) is not None
                if not held[id(needed)]:
                    continue
            for m in pattern.finditer(body):
                at = m.start("who") if pattern is _APPOSED else m.start()
                ends_verb = pattern in _ENDS_WITH_VERB and not m.groupdict().get("acc")
                where = (at + shift, m.end() + shift if ends_verb else -1)
                if pattern is _SUBJECT_VERB and _INSIDE_NAME.search(
                    body, max(0, m.start() - 60), m.start()
                ):
                    continue  # "head of the National Audit Office, has said": not "Audit Office"
                if pattern is _SPOKESMAN:
                    found = self._principal(start, start + shift + m.start())
                    break
                if pattern is _AGED_SUBJECT:
                    found = self._subject_person(body)
                    break
                if pattern is _ROLE:
                    found = _role_body(m)
                    break
                raw = m.group("who")
                if raw.lower() in _SOURCE_NOUNS:
                    continue  # "Sources said": unnamed people, no name
                if raw.lower() in ("he", "she"):
                    found = self._last_before(start) or _last_person_before(
                        self.text, start, self.people
                    )
                elif raw.lower() == "it":  # "The tribunal will sit on Friday, it said"
                    found = _org_before(
                        self.text, start + m.start(), self.people, self.names, _IT_LOOKBACK
                    )
                elif pattern in _AS_WRITTEN:
                    found = raw
                else:
                    name = _org_or_name(raw) or self._surname(raw)
                    if name and name.lower() not in ("it", "they", "the"):
                        found = _full(name, self.people)
                        if _GENERIC.match(found):  # "the union said" after naming the union
                            found = self._referent(start, start + m.start(), found) or found
                if found:
                    break
            if found:
                break
        self._seen[key] = found
        self._where[key] = where
        return found
