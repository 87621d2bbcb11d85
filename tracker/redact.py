"""Keeping credentials out of what we print: URLs and header names."""

from __future__ import annotations

import re

_SENSITIVE = re.compile(r"auth|token|key|secret|cookie|signature|password", re.I)
# scheme://user:password@ — in a database URL, as in SQLAlchemy, the password runs to the
# next "@", so one with an unescaped "/" is masked whole; in a web URL it ends at "/", "?"
# or "#", so "https://host:8443/h?email=a@b.c" keeps its port and path
_PASSWORD = re.compile(r"^((?!https?:)[^:/?#]+://[^:/?#@]*:)[^@]*@", re.I)
_WEB_PASSWORD = re.compile(r"^(https?://[^:/?#@]*:)[^@/?#]*@", re.I)


def is_sensitive(name: str) -> bool:
    """Whether a header or query key named ``name`` likely carries a credential."""
    return _SENSITIVE.search(name) is not None


def mask_url(url: str) -> str:
    """``url`` for messages and display: its password and credential-like query values
    ("?token=…") replaced by ***, everything else exactly as written."""
    url = _WEB_PASSWORD.sub(r"\1***@", _PASSWORD.sub(r"\1***@", url))
    base, qmark, rest = url.partition("?")
    query, hash_, fragment = rest.partition("#")
    masked = "&".join(
        f"{key}=***" if sep and is_sensitive(key) else f"{key}{sep}{value}"
        for key, sep, value in (item.partition("=") for item in query.split("&"))
    )
    return f"{base}{qmark}{masked}{hash_}{fragment}"


def mask_secrets(text: str, *secrets: str) -> str:
    """``text`` with every secret of four characters or more replaced by ***; a shorter one
    is left, since masking it would mangle the rest of the text."""
    for secret in secrets:
        if len(secret) >= 4:
            text = text.replace(secret, "***")
    return text
