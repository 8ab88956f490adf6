"""Headlines written in title case, put back in sentence case for the parser.

Agency headlines often capitalise every word ("Yemen's Houthis Claim Launching Missile
Attacks At US Vessels"). The statistical tagger and NER read such a line as a string of
proper nouns, so the verb and its objects are lost. :func:`sentence_case` lower-cases
the words of a title-case first line that are not names, judged by the article
itself, so the parser sees "Yemen's Houthis claim launching missile attacks at US
vessels" while every offset stays the same (only letters change case, one for one).

A capitalised word of the headline keeps its capital when

* it is written in capitals (an acronym: "US", "UN"),
* the body writes it capitalised inside a sentence (a name: "... said Yemen's ..."),
* or nothing says it is a common word.

It is lower-cased when the body writes it in lower case and never capitalised inside a
sentence, or when it is a word of English: a closed-class word (``function_word`` and
``headline_lower`` lists of ``words.tsv``) or a word the model's lemmatizer knows as a
base form (its ``lemma_index`` table, WordNet's nouns, verbs, adjectives and adverbs),
unless the body gives it a capital inside a sentence.

>>> sentence_case("Russia And Ukraine Swap Prisoners\\n\\nRussia and Ukraine swapped prisoners on Friday.",
...               lambda w: w in {"swap", "prisoner", "and"})
'Russia and Ukraine swap prisoners\\n\\nRussia and Ukraine swapped prisoners on Friday.'
"""

from __future__ import annotations

import re
from collections.abc import Callable

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*\s+|\n\s*")
#: the least share of capitalised words of four letters or more for a line to be title case
TITLE_SHARE = 0.75
TITLE_MIN_WORDS = 3
_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"),
             ("ing", ""), ("'s", ""), ("’s", ""))


def is_title_case(line: str) -> bool:
    """Whether most words of four letters or more in ``line`` start with a capital."""
    long_words = [w for w in _WORD.findall(line) if len(w) >= 4]
    if len(long_words) < TITLE_MIN_WORDS:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised / len(long_words) >= TITLE_SHARE


def sentence_case(text: str, is_english: Callable[[str], bool],
                  is_name: Callable[[str], bool] = lambda word: False) -> str:
    """``text`` with its first line in sentence case when that line is in title case
    (see the module docstring); else ``text`` itself. The result has the same length
    and the same characters but for the case of some letters of the first line.

    ``is_english(word)`` says whether a lower-case base form is a common English word;
    ``is_name(word)`` whether a capitalised word is a name the knowledge base knows
    (it then keeps its capital).
    """
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0:
        return text      # a single line: no body to judge the words by, and no headline
    line = text[start:end]
    if not is_title_case(line):
        return text
    inside, lower = _body_forms(text[end:])
    out = []
    for i, m in enumerate(_WORD.finditer(line)):
        word = m.group()
        keep = (not word[0].isupper() or word.isupper() or word in inside
                or (i == 0 and word.lower() not in lower) or is_name(word))
        if not keep and word.lower() not in lower and not _english(word.lower(), is_english):
            keep = True
        if not keep:
            low = word[0].lower() + word[1:]
            if len(low) == len(word):
                out.append((m.start(), low))
    if not out:
        return text
    chars = list(line)
    for at, low in out:
        chars[at:at + len(low)] = low
    return text[:start] + "".join(chars) + text[end:]


def _body_forms(body: str) -> tuple[set[str], set[str]]:
    """(words written capitalised inside a sentence, words written in lower case) in ``body``."""
    inside: set[str] = set()
    lower: set[str] = set()
    starts = {m.end() for m in _SENTENCE_END.finditer(body)}
    for m in _WORD.finditer(body):
        word = m.group()
        if word[0].isupper():
            if m.start() not in starts and not _after_quote(body, m.start(), starts):
                inside.add(word)
        else:
            lower.add(word)
    return inside, lower


def _after_quote(body: str, at: int, starts: set[int]) -> bool:
    """A word right after an opening quote that starts a sentence starts it too."""
    return at > 0 and body[at - 1] in "\"'‘“" and (at - 1) in starts


def _english(word: str, is_english: Callable[[str], bool]) -> bool:
    """Whether ``word`` (lower case) or a base form of it is a common English word."""
    if is_english(word):
        return True
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and is_english(word[:-len(suffix)] + repl):
            return True
    return False


def english_words(nlp, extra: frozenset[str] = frozenset()) -> Callable[[str], bool]:
    """``is_english`` for :func:`sentence_case` from a loaded pipeline: the base forms its
    lemmatizer's ``lemma_index`` table lists (English pipelines in rule mode), plus ``extra``;
    without such a table only ``extra``."""
    known: set[str] = set(extra)
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError, ValueError):
        table = {}
    for words in table.values():
        known.update(words)
    return known.__contains__
