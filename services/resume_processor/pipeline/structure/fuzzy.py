"""Looking titles up as OCR reads them: accents dropped, a letter or two misread.

Tesseract without a language's data reads "FORMAÇÃO" as "FORMACAO" and may read
"EXPERIENCE" as "EXPERIENGE" or "Employment" as "Employrnent". Long titles are matched within
one edit (two from FUZZY_TWO_EDITS_LENGTH characters on) through a symmetric-delete index, as
in SymSpell: a key and a title within k edits share a string both reach by deleting at most k
characters, so a lookup costs a few dictionary probes rather than a scan of every title.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Generic, TypeVar

T = TypeVar("T")

FUZZY_MIN_LENGTH = 7  # shorter titles must match exactly: too many words are near "skills"
FUZZY_TWO_EDITS_LENGTH = 14
CACHE_SIZE = 4096


def words(text: str) -> frozenset[str]:
    """A set from whitespace-separated words (long word lists read better as text)."""
    return frozenset(text.split())


def lower(text: str) -> str:
    """Lower case with Turkish dotted and dotless i both as "i": "İŞ DENEYİMİ" and "Yabancı
    Dil" become "iş deneyimi" and "yabanci dil" (Python lowers "İ" to "i" and a combining dot,
    and "YABANCI" to "yabanci")."""
    lowered = text.lower()
    if "\u0307" in lowered or "\u0131" in lowered:
        lowered = lowered.replace("\u0307", "").replace("\u0131", "i")
    return lowered


def fold(text: str) -> str:
    """Lower case without diacritics: "Expérience" → "experience"."""
    if text.isascii():  # nothing to decompose (most keys)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def ocr_fold(text: str) -> str:
    # OCR's commonest two-for-one slip, "rn" for "m", folded away on both sides of a lookup.
    return fold(text).replace("rn", "m")


def edits_allowed(length: int) -> int:
    return 0 if length < FUZZY_MIN_LENGTH else 1 if length < FUZZY_TWO_EDITS_LENGTH else 2


def deletions(text: str, count: int) -> set[str]:
    """`text` with up to `count` of its characters left out."""
    found = {text}
    layer = {text}
    for _ in range(count):
        layer = {word[:i] + word[i + 1 :] for word in layer for i in range(len(word))}
        found |= layer
    return found


def distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


class TitleIndex(Generic[T]):
    """Titles (each with a value) found by keys that may differ from them as OCR output does."""

    def __init__(self, titles: Iterable[tuple[str, T]]) -> None:
        self._exact: dict[str, T] = {}
        for title, value in titles:
            self._exact.setdefault(ocr_fold(title), value)
        self._near: dict[str, set[str]] = {}
        for form in self._exact:
            for variant in deletions(form, edits_allowed(len(form))):
                self._near.setdefault(variant, set()).add(form)
        self._words = {word for form in self._exact for word in form.split()}
        # Every word of a near-miss title is near a title word: a cheap test before the search.
        self._near_words = {
            variant for word in self._words for variant in deletions(word, edits_allowed(len(word)))
        }
        self.find = lru_cache(maxsize=CACHE_SIZE)(self._find)

    def find_exact(self, key: str) -> T | None:
        """The title's value when the key is a title, accents and case aside."""
        return self._exact.get(ocr_fold(key))

    def _find(self, key: str) -> T | None:
        folded = ocr_fold(key)
        value = self._exact.get(folded)
        if value is not None or len(folded) < FUZZY_MIN_LENGTH:
            return value
        if not all(self._near_title_word(word) for word in folded.split()):
            return None
        allowed = edits_allowed(len(folded))
        candidates = {form for v in deletions(folded, allowed) for form in self._near.get(v, ())}
        scored = [
            (distance(folded, form), form)
            for form in candidates
            if abs(len(form) - len(folded)) <= allowed
        ]
        fits = [(d, form) for d, form in scored if d <= min(allowed, edits_allowed(len(form)))]
        return self._exact[min(fits)[1]] if fits else None

    def _near_title_word(self, word: str) -> bool:
        if word in self._words or len(word) < FUZZY_MIN_LENGTH // 2:
            return True
        allowed = max(1, edits_allowed(len(word)))
        return any(variant in self._near_words for variant in deletions(word, allowed))


def alternation(patterns: Iterable[str]) -> str:
    """One regular-expression alternation of `patterns` (each starting with a literal letter),
    grouped by that letter and longest first in each group: a search tries the few patterns
    whose first letter is there where a word starts, not all of them."""
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        groups.setdefault(pattern[0], []).append(pattern[1:])
    return "|".join(
        f"{first}(?:{'|'.join(sorted(rests, key=lambda rest: (-len(rest), rest)))})"
        for first, rests in groups.items()
    )


def trie(words: Iterable[str]) -> str:
    """One regular expression for a set of literal words, as a tree of their shared prefixes
    ("ma(?:y|r(?:ch)?)..."): a search tries one letter at a time instead of every word
    that starts alike, and the longest word first, as an alternation sorted longest first."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return f"(?:{_branch(root)})"


def _branch(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{inner})?" if "" in node else inner
