"""Stage 1, clean: raw bytes to documents and paragraphs.

Small `str -> str` cleaners composed into one normaliser (the textacy way), a
header parser for the byline forms outlets use, and the stage function
`clean_documents` that turns a table of raw inputs into the `documents` and
`paragraphs` tables.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from functools import cache, lru_cache

import charset_normalizer
import pandas as pd

from pipeline import faults, resources, schema
from pipeline.nlp import entities, language
from pipeline.stages import headers

log = logging.getLogger(__name__)

MAX_PARAGRAPH_CHARS = 20_000  # longer blocks are split at sentence ends so the parser stays bounded

# --- decoding ---------------------------------------------------------------------------


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode with the encoding the bytes carry: UTF-8 (with or without BOM) first, else detected.

    Returns (text, encoding). Raises UnicodeError when the bytes are not text.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        raise UnicodeError("not text: no encoding decodes these bytes")
    # Short Latin texts often fit several codepages equally well; English news is most often cp1252.
    tied = {r.encoding for r in results if (r.chaos, r.coherence) == (best.chaos, best.coherence)}
    if "cp1252" in tied:
        return data.decode("cp1252", errors="replace"), "cp1252"
    return str(best), best.encoding


def decode_text_file(data: bytes) -> tuple[str, str]:
    """`decode_bytes` for a whole input file, refusing binary files (NUL bytes outside UTF-16) first."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file (NUL bytes)")
    return decode_bytes(data)


# --- normalising cleaners (str -> str) ------------------------------------------------------

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
    }
)
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-"})
_SPACE_CHARS = r" \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# A single plain space is left alone, not matched: re.sub builds one piece per match, and matching every
# space of a 50 MB line cost a gigabyte.
_SPACES = re.compile(rf"[{_SPACE_CHARS}]{{2,}}|[{_SPACE_CHARS[1:]}]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")


def normalize_unicode(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def normalize_quotes(text: str) -> str:
    return text.translate(_QUOTES)


def normalize_dashes(text: str) -> str:
    """Hyphen-like dashes to '-' (the em dash stays: it separates clauses)."""
    return text.translate(_DASHES)


def remove_invisible(text: str) -> str:
    return _CONTROL.sub("", _INVISIBLE.sub("", text))


_SPACED_ITEMS = re.compile(r"[ \t\u00a0]{2,}")


def mark_spaced_menus(text: str) -> str:
    """`Home  World  Politics  Defence`: a short line of three or more capitalised items of a few words, most of them
    one word (a line of names set apart so is a list), set apart by runs of spaces (a menu whose separators the crawler
    stored as spaces) gets a menu separator between its items, before the spaces are collapsed."""
    cfg = _chrome()

    def marked(line: str) -> str:
        items = [i.strip() for i in _SPACED_ITEMS.split(line.strip())]
        if len(items) < cfg["min_menu_items"] or len(line) > 200:
            return line
        one_word = sum(len(i.split()) == 1 for i in items)
        if all(i[:1].isupper() and _is_short(i) for i in items) and 2 * one_word >= len(items):
            return " | ".join(items)
        return line

    return "\n".join(marked(line) if _SPACED_ITEMS.search(line) else line for line in text.split("\n"))


def normalize_whitespace(text: str) -> str:
    """Collapse runs of spaces (NBSP included) and trim each line, keeping line breaks."""
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def make_pipeline(*cleaners: Callable[[str], str]) -> Callable[[str], str]:
    def run(text: str) -> str:
        for cleaner in cleaners:
            text = cleaner(text)
        return text

    return run


normalize_text = make_pipeline(
    normalize_newlines,
    remove_invisible,
    normalize_unicode,
    normalize_quotes,
    normalize_dashes,
    mark_spaced_menus,
    normalize_whitespace,
)

# --- header line -----------------------------------------------------------------------------

is_outlet = headers.is_outlet


def parse_header(line: str) -> dict | None:
    """Parse a header line (`date 2021-07-15 By Azernews`, `By Vugar Khalilov`) into metadata, else None."""
    line = line.strip()
    published = None
    if found := headers.date_prefix(line):
        published, rest = found
        if not rest:
            return {"published": published, "outlet": None, "author": None}
        line = rest
    by = headers.byline(line)
    if by is None:
        return None if published is None else {"published": published, "outlet": None, "author": None}
    return {"published": published, "outlet": by["outlet"], "author": by["author"]}


# --- paragraphs ------------------------------------------------------------------------------


def is_junk_line(line: str) -> bool:
    return any(p.match(line) for p in resources.junk_line_patterns())


def _junk_to_drop(line: str) -> bool:
    """A junk line that is not a section heading (it opens chrome) nor a date line (`Source: Agency | 2024-04-16
    21:33`: the page's date)."""
    return is_junk_line(line) and not is_section_marker(line) and headers.date_line(line) is None


def _split_long(block: str) -> list[str]:
    """Pieces of at most MAX_PARAGRAPH_CHARS, cut at sentence ends, else hard (linear in the block length)."""
    if len(block) <= MAX_PARAGRAPH_CHARS:
        return [block]
    pieces, current = [], ""
    for sentence in re.split(r"(?<=[.!?])\s+", block):
        if len(current) + len(sentence) + 1 > MAX_PARAGRAPH_CHARS:
            room = MAX_PARAGRAPH_CHARS - len(current) - 1 if current else MAX_PARAGRAPH_CHARS
            if len(sentence) > MAX_PARAGRAPH_CHARS and room > 0:
                pieces.append(f"{current} {sentence[:room]}" if current else sentence[:room])
                sentence = sentence[room:]
            else:
                pieces.append(current)
            # Slices by offset, never re-slicing the remainder, so a 50 MB line stays linear.
            full = len(sentence) // MAX_PARAGRAPH_CHARS * MAX_PARAGRAPH_CHARS
            if len(sentence) - full == 0 and full:
                full -= MAX_PARAGRAPH_CHARS
            pieces.extend(sentence[i : i + MAX_PARAGRAPH_CHARS] for i in range(0, full, MAX_PARAGRAPH_CHARS))
            sentence, current = sentence[full:], ""
        current = f"{current} {sentence}" if current else sentence
    if current:
        pieces.append(current)
    return [p.strip() for p in pieces if p.strip()]


def _caption_text(line: str) -> str:
    """A `Photo: ...` line that describes the picture loses its label (a caption is article text); others as is."""
    return headers.photo_caption(line) or line


def split_blocks(text: str) -> list[list[str]]:
    """Blocks separated by blank lines, as their lines; junk lines dropped, empty blocks skipped."""
    blocks = []
    for block in re.split(r"\n\s*\n", text):
        # a chrome heading (`Related news`) is kept for `drop_chrome`, which drops the list it opens too
        lines = [line for line in map(_caption_text, block.split("\n")) if line and not _junk_to_drop(line)]
        if lines:
            blocks.append(lines)
    return blocks


def split_paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines; lines inside a block are joined with spaces; junk lines dropped."""
    paragraphs = []
    for lines in split_blocks(text):
        lines = [line for line in lines if not is_junk_line(line)]
        if lines:
            paragraphs.extend(_split_long(" ".join(lines)))
    return paragraphs


# --- page header and site chrome -------------------------------------------------------------------


@cache
def _chrome() -> dict:
    cfg = resources.read_json("clean/chrome.json")
    return {
        **cfg,
        "section_markers": frozenset(m.casefold() for m in cfg["section_markers"]),
        "glue_words": frozenset(cfg["glue_words"]),
    }


_LETTERS = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?…][\"')\]]*$")


@lru_cache(maxsize=1 << 10)
def _words(text: str) -> tuple[str, ...]:
    """The words of a line that hold a letter; memoised, as the header and chrome rules ask for each line's words
    several times. Nearly all of those asks are about lines of the document being cleaned (on 2,000 bench articles,
    1,024 entries kept 99 % of the hits of 65,536), so the memo holds about one document's lines, not the corpus's."""
    return tuple(w for w in text.split() if _LETTERS.search(w))


def is_prose(text: str) -> bool:
    """A sentence-ending line, or one too long to be a headline, menu entry or label; a motto of clipped phrases
    (`Our Army. Protection & Help.`) is no sentence."""
    words = _words(text)
    if len(words) > _chrome()["max_headline_words"]:
        return True
    clipped = all(len(_words(piece)) <= 2 for piece in re.split(r"[.!?]\s+", text))
    return bool(_SENTENCE_END.search(text)) and len(words) >= 4 and not clipped


def is_section_marker(line: str) -> bool:
    """`Related News`, `You may like`, `Comments`, `More in World`: a heading that opens site chrome."""
    if len(line) > 80:
        return False
    folded = _marker_text(line)
    cfg = _chrome()
    return folded in cfg["section_markers"] or any(
        folded.startswith(p) and len(folded.split()) <= 6 for p in cfg["section_marker_prefixes"]
    )


_TEASER = re.compile(r"^(?P<head>[^:|»]{2,40}?)\s*[:|»]\s*(?P<tail>\S.*)$")


def is_teaser_line(line: str) -> bool:
    """`Related news: Minister X meets envoy Y`, `Also Read | Two navies sign pact`: a section heading run into
    one headline on the same line (a link to another story), never article text."""
    m = _TEASER.match(line.strip())
    if not m or _marker_text(m["head"]) not in _chrome()["section_markers"] or _comment_marker(m["head"]):
        return False
    tail = m["tail"]
    return not _SENTENCE_END.search(tail) and 2 <= len(_words(tail)) <= _chrome()["max_headline_words"]


def _marker_text(line: str) -> str:
    """A heading folded for lookup, without its counts (`Comments (3)`, `4 Comments`, `Related 5`)."""
    return " ".join(re.sub(r"\(\d+\)|\d+$|^\d+\s", "", line.casefold()).strip(" :|>»-").split())


def _comment_marker(line: str) -> bool:
    return _marker_text(line) in _chrome()["comment_markers"]


_SIGNED_COMMENT = re.compile(r"^(?P<who>[\w.'’-]+(?:\s+[\w.'’-]+){0,3})(?:\s*\|\s*[^:|]{1,30})?(?:\s*:|\s+[-–—])\s+\S")


def _signed_comment(line: str) -> bool:
    """A reader's comment signed first (`Name | 2 hours ago: text`, `user_12: text`, `Name from Town: text`,
    `Name - text`): one to four words before the colon or dash, capitalised, a user name or a word joining a
    commenter to a place (chrome.json comment_signature_links; no sentence's words)."""
    m = _SIGNED_COMMENT.match(line.strip())
    links = _chrome()["comment_signature_links"]
    return bool(m) and all(w[:1].isupper() or not w.isalpha() or w in links for w in m["who"].split())


def _comment_block(block: list[str]) -> bool:
    """A reader's comment: a block with a signature line (`Peter Banda says:`) or a `Reply` button."""
    cfg = _chrome()
    for line in block:
        folded = " ".join(line.casefold().split())
        words = folded.split()
        if folded.strip(" |") in cfg["comment_buttons"]:
            return True
        if 2 <= len(words) <= cfg["max_signature_words"] + 1 and words[-1] in cfg["comment_signatures"]:
            return True
    return False


def is_chrome_line(line: str, top: bool = False) -> bool:
    """A line that is never article text: a lone token (site name, section, widget) or no letters at all; at the
    top of a page (`top`), also a tagline with no capital letter, or a site's name in capitals (`HARBOUR
    LEDGER`)."""
    words = _words(line)
    if len(words) <= 1:
        return (
            not words or len(line) <= _chrome()["max_chrome_token_chars"] and not language.written_without_spaces(line)
        )
    if is_menu_line(line) or _language_codes(words):
        return True
    if top and len(words) <= _chrome()["max_caps_site_name_words"] and line.isupper() and not is_prose(line):
        return True
    return top and not any(c.isupper() for c in line) and not is_prose(line)


def _language_codes(words: tuple[str, ...]) -> bool:
    """`BG ES CS DA DE ET EN FR`: a language switcher written as two-letter codes with spaces between them."""
    return len(words) >= _chrome()["min_menu_items"] and all(len(w) == 2 and w.isupper() and w.isalpha() for w in words)


def is_menu_line(line: str) -> bool:
    """`Home | World | Politics | Sport`: several short items split by menu separators, perhaps after the site's
    name and tagline (`DAILY WIRE — English Service | Latest | Politics | Defence`)."""
    cfg = _chrome()
    if len(line) > 300:
        return False
    items = [i for i in re.split(cfg["menu_separators"], line) if i.strip()]
    short = [len(_words(i)) <= cfg["max_menu_item_words"] for i in items]
    if len(items) >= cfg["min_menu_items"] and all(short):
        return True
    return len(items) > cfg["min_menu_items"] and all(short[1:]) and _is_short(items[0], cfg["max_site_name_words"])


def _is_short(line: str, most_words: int | None = None) -> bool:
    """A menu item: a few words and no sentence end."""
    most = _chrome()["max_menu_item_words"] if most_words is None else most_words
    return len(_words(line)) <= most and not _SENTENCE_END.search(line)


def drop_menu_runs(blocks: list[list[str]]) -> list[list[str]]:
    """Drop runs of short lines (menus, tag clouds, widget labels) above the first prose line and below the last.
    Short lines inside the article (a list of names, a caption) are kept."""
    lines = [(b, j, line) for b, block in enumerate(blocks) for j, line in enumerate(block)]
    prose = [k for k, (_, _, line) in enumerate(lines) if is_prose(line)]
    if not prose:
        return blocks
    first, last = prose[0], prose[-1]
    drop, run = set(), []
    min_run = _chrome()["min_menu_run"]
    for k, (_, _, line) in enumerate(lines):
        if (k < first or k > last) and _is_short(line):
            run.append(k)
            continue
        if len(run) >= min_run:
            drop.update(run)
        run = []
    if len(run) >= min_run:
        drop.update(run)
    if not drop:
        return blocks
    out: list[list[str]] = [[] for _ in blocks]
    for k, (b, _, line) in enumerate(lines):
        if k not in drop:
            out[b].append(line)
    return [block for block in out if block]


def _headline_shaped(line: str) -> bool:
    """A headline in a list: a capital first letter, no sentence end, more words than a menu item, and not a name
    after its rank or honorific ("Lieutenant General X, Chief of Y" in a list of those present)."""
    words = _words(line)
    first = words[0].casefold().strip(".,") if words else ""
    return (
        line[:1].isupper()
        and not _SENTENCE_END.search(line)
        and _chrome()["max_menu_item_words"] < len(words) <= _chrome()["max_headline_words"]
        and first not in entities.rank_words()
        and first not in {h.casefold() for h in entities.honorifics()}
    )


def drop_headline_runs(blocks: list[list[str]]) -> list[list[str]]:
    """Drop a run of min_headline_run or more headline-shaped lines below the article's last prose line: a list
    of related or trending headlines without a heading (the heading's lists are `drop_chrome`'s)."""
    lines = [(b, line) for b, block in enumerate(blocks) for line in block]
    prose = [k for k, (_, line) in enumerate(lines) if is_prose(line)]
    if not prose:
        return blocks
    tail = range(prose[-1] + 1, len(lines))
    drop, run = set(), []
    for k in [*tail, None]:
        if k is not None and _headline_shaped(lines[k][1]):
            run.append(k)
            continue
        if len(run) >= _chrome()["min_headline_run"]:
            drop.update(run)
        run = []
    if not drop:
        return blocks
    out: list[list[str]] = [[] for _ in blocks]
    for k, (b, line) in enumerate(lines):
        if k not in drop:
            out[b].append(line)
    return [block for block in out if block]


class _Header:
    """What the top of a page says about the article: candidates for the publication date, the byline, the
    dateline. Fed line by line; returns each line's article text (None when the line is header only)."""

    def __init__(self):
        self.dates: list[tuple[int, int, str]] = []  # (priority, order, ISO date)
        self.author = self.outlet = None
        self.dateline: headers.Dateline | None = None
        self.dateline_place = None
        self.month_first_readings: dict[str, str] = {}  # day-first ISO -> month-first ISO of ambiguous dates
        self.month_first = False  # the page's region writes numeric dates month first
        self.credited = False  # the line read last was a byline

    def add_date(self, iso: str | None, priority: int, month_first: str | None = None) -> None:
        if iso:
            self.dates.append((priority, -len(self.dates), iso))
            if month_first:
                self.month_first_readings[iso] = month_first

    def _credit(self, author=None, outlet=None) -> None:
        self.author = self.author or author
        self.outlet = self.outlet or outlet

    def read(
        self, line: str, followed: bool, top: bool = False, next_line: str | None = None, lead: str = "before"
    ) -> str | None:
        """The article text of a header line, or None. `lead` is where the line stands relative to the first
        prose line: "before", "next" (the line right after it) or "after"; below the lead a date line is only
        a weak candidate and a dateline is looked for on the next line only."""
        if is_section_marker(line):
            return line  # for drop_chrome
        self.credited = False
        if headers.is_byline_name(line, next_line):
            self._credit(author=line.strip())
            self.credited = True
            return None
        if lead == "before" and (found := headers.date_prefix(line)):
            self.add_date(found[0], headers.PRIORITY_PREFIX)
            line, stamped = headers.strip_leading_timestamp(found[1])
            self.add_date(stamped, headers.PRIORITY_CUE)
        line = headers.strip_credits(line)
        if not line:
            return None
        by = headers.byline(line)
        # `By X | March 8, 2024`, `Edited by: X | Updated: <date>`: a byline with the date is a date line too
        dated = headers.date_line(line)
        if by is not None:
            self._credit(*(None if v is None or re.search(r"\d", v) else v for v in (by["author"], by["outlet"])))
            if dated is None:
                self.credited = True
                return None
        if dated is not None:
            if lead == "before":
                self.add_date(dated[0], dated[1], headers.month_first_reading(line))
                if self.dateline is None and (dl := headers.dateline_alone(line) or headers.date_then_place(line)):
                    # "Cairo, Sept 20, 2022" on its own line, or "Sept 20, 2022 14:20 The Palace, Cairo": the
                    # dispatch's place and day
                    self._take_dateline(dl)
            elif lead == "next" or dated[1] in (headers.PRIORITY_CUE, headers.PRIORITY_UPDATED):
                # a date line right under the first prose line (a standfirst), or under its byline: the article's
                # date, though only a weak candidate (the lead may be a story's first paragraph)
                self.add_date(dated[0], headers.PRIORITY_TAIL)
            self._credit(author=dated[2])
            return None
        if lead == "before":
            # `May 4, 2023 Headline ...`: a page whose date line was run into the headline or the first sentence
            line, stamped = headers.strip_leading_timestamp(line)
            self.add_date(stamped, headers.PRIORITY_DATE_LINE)
            if not line:
                return None
        if lead == "after":
            return None if is_chrome_line(line) else line
        return self._read_front_line(line, followed, top)

    def _read_front_line(self, line: str, followed: bool, top: bool) -> str | None:
        """A line down to the one after the lead that is no byline or date line: a `City:` line, chrome (a lone
        outlet name credits the outlet), a syndication tag or a dispatch dateline opening the text."""
        if self.dateline_place is None and (place := headers.dateline_place_line(line, alone=not followed)):
            self.dateline_place = place
            return None
        if filed := headers.author_then_place(line):
            self._credit(author=filed[0], outlet=filed[2])  # "X Y, Abu Dhabi": the reporter, filing from there
            self.dateline_place = self.dateline_place or filed[1]
            return None
        if is_chrome_line(line, top):
            token = line.strip(" ()[]|:")
            if token.casefold() in resources.outlets():
                self._credit(outlet=token)
            return None
        if tagged := headers.source_tag(line):
            self._credit(outlet=tagged[0])
            line = tagged[1]
            if not line:
                return None
        if credited := headers.lead_byline(line):
            self._credit(author=credited[0])
            line = credited[1]
        if self.dateline is None and (dl := headers.dateline(line)):
            if top and headers.masthead(dl):
                return None  # `OUTLET NAME — the nation's independent daily` above the headline
            self._take_dateline(dl)
            if dl.rest and (credited := headers.outlet_then_author(dl.rest)):
                self._credit(author=credited[1], outlet=credited[0])  # "CITY, date – Lomar news agency, X Y"
                return None
            return dl.rest or None
        return line

    def _take_dateline(self, dl: headers.Dateline) -> None:
        """The dateline's place, agency (the outlet, unless a byline named one) and, with a year, its day."""
        self.dateline = dl
        self.dateline_place = self.dateline_place or dl.place
        if dl.agency:
            self._credit(outlet=dl.agency)
        if dl.year and dl.month_day:
            self.add_date(_iso(dl.year, *dl.month_day), headers.PRIORITY_DATELINE)

    @property
    def published(self) -> str | None:
        if not self.dates:
            return None
        found = max(self.dates)[2]
        return self.month_first_readings.get(found, found) if self.month_first else found

    @property
    def dateline_month_day(self) -> str | None:
        """The dateline's month and day as MM-DD, also where no year is known."""
        if self.dateline is None or self.dateline.month_day is None:
            return None
        return "{:02d}-{:02d}".format(*self.dateline.month_day)

    @property
    def dateline_date(self) -> str | None:
        """The dateline's day, its year given or taken from the publication date (the year before when the
        day would fall after publication)."""
        if self.dateline is None or self.dateline.month_day is None:
            return None
        if self.dateline.year:
            return _iso(self.dateline.year, *self.dateline.month_day)
        if not (published := self.published):
            return None
        year = int(published[:4])
        found = _iso(year, *self.dateline.month_day)
        if found and found > published:
            found = _iso(year - 1, *self.dateline.month_day)
        return found


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def read_header(blocks: list[list[str]]) -> tuple[_Header, list[list[str]]]:
    """Read the page header from the top blocks, up to the block that holds the first prose line: metadata out,
    header-only lines dropped, datelines cut off the text they open. Each line the text keeps becomes its own
    block, so a headline is never run into the first sentence. Below the first prose line a dateline is looked
    for on the next line only (`City:` on its own line, a dateline after a photo caption), and date lines are
    weak candidates (a related-stories list with timestamps)."""
    header, out, lead = _Header(), [], "before"
    for i, block in enumerate(blocks):
        if i >= _chrome()["max_front_blocks"]:
            out.extend(blocks[i:])
            break
        following = [*block[1:], blocks[i + 1][0] if i + 1 < len(blocks) else None]
        for j, line in enumerate(block):
            kept = header.read(line, j + 1 < len(block), top=not out, next_line=following[j], lead=lead)
            # the line under the lead's byline stands where the one under the lead does
            lead = "after" if lead == "next" and not header.credited else lead
            if kept:
                out.append([kept])
                if lead == "before" and is_prose(kept):
                    lead = "next"
        if lead != "before":
            if lead == "next":
                out.extend(b for b in _dateline_after_lead(header, blocks[i + 1 :]) if b)
            else:
                out.extend(blocks[i + 1 :])
            break
    return header, out


def _dateline_after_lead(header: _Header, rest: list[list[str]]) -> list[list[str]]:
    """The blocks after the lead, with a dateline on their first line read and cut off (when none was found); a date
    line there (`Jan 20, 2031`, `By X | June 1, 2031` under a standfirst) is a weak publication-date candidate."""
    if rest and not _SENTENCE_END.search(rest[0][0]) and (dated := headers.date_line(rest[0][0])) is not None:
        header.add_date(dated[0], headers.PRIORITY_TAIL)
    if header.dateline is not None or not rest:
        return rest
    first, *more = rest[0]
    if more and header.dateline_place is None and (place := headers.dateline_place_line(first)):
        header.dateline_place = place
        return [more, *rest[1:]]
    if dl := headers.dateline(first):
        header.read(first, False)
        return [[dl.rest, *more] if dl.rest else more, *rest[1:]]
    return rest


def drop_chrome(blocks: list[list[str]], header: _Header | None = None) -> list[list[str]]:
    """Drop site chrome: a section heading (`Related News`, `You may like`, `Comments`) and the headline list
    that follows it, up to the next prose line; lone tokens, taglines and bare date lines anywhere (a timestamp
    or `Published/Updated` line among them is a weak publication-date candidate for `header`)."""
    out, in_run, seen_prose, comments, after_credit = [], False, False, False, False
    for block in blocks:
        if comments and _comment_block(block):
            continue  # a reader's comment: the comment section goes on
        kept = []
        for line in block:
            if is_section_marker(line):
                in_run, comments = True, _comment_marker(line)
                continue
            if in_run and comments and _signed_comment(line):
                continue  # `Name | 2 hours ago: text`, `Name: text` under a comments heading
            if in_run:
                # above the article a heading's list ends at the first longer line (the headline stays)
                if not is_prose(line) and (seen_prose or _is_short(line)):
                    continue
                in_run = False
            seen_prose = seen_prose or is_prose(line)
            if header is not None and (fielded := headers.date_field_opening(line)) is not None:
                # `Aug. 28, 2024 | Press Secretary X provided the following readout:` below the header: a weak
                # publication-date candidate, as a date line there is; the words after the bar stay text
                header.add_date(fielded[0], headers.PRIORITY_TAIL)
                line = fielded[1]
            furniture = _page_furniture(line, header, after_credit)
            after_credit = furniture == "credit"
            if not furniture:
                kept.append(line)
        if kept:
            out.append(kept)
    return out


def _foot_date(blocks: list[list[str]]) -> str | None:
    """A bare date alone on its line in the lower half of the page (`11 April 2024` above the agency's sign-off), or
    a `Published: <date> | Updated: <date>` line there (which the chrome rules may drop with the related links under
    it): a weak publication-date candidate, for a page whose header gives none."""
    lines = [line for block in blocks for line in block]
    return next(
        (day for line in lines[len(lines) // 2 :] if (day := headers.bare_date(line) or _cued_date(line))), None
    )


def _cued_date(line: str) -> str | None:
    """The date of a date line with a publication cue (`Published: 03 Jul 2031 - 19:02`), else None."""
    dated = _date_line(line)
    return dated[0] if dated is not None and dated[1] == headers.PRIORITY_CUE else None


def _date_line(line: str) -> tuple[str, int, str | None] | None:
    """`headers.date_line` of a line that ends no sentence (a sentence naming a date is text)."""
    return None if _SENTENCE_END.search(line) else headers.date_line(line)


def _page_furniture(line: str, header: _Header | None, after_credit: bool = False) -> str | None:
    """What makes a line no article text ("date", "chrome", "bio", "credit"), else None: a date line (a
    `Published:` line, also at the foot of the page, or a bare date right under a byline (`after_credit`) is a
    weak publication-date candidate for `header`), chrome, a teaser, a promo, the author's bio or a credit (a
    byline names the author)."""
    if (dated := _date_line(line)) is not None:
        if header is not None and (after_credit or dated[1] in (headers.PRIORITY_CUE, headers.PRIORITY_UPDATED)):
            header.add_date(dated[0], headers.PRIORITY_TAIL)
        return "date"
    if is_chrome_line(line) or is_teaser_line(line) or is_promo_line(line):
        return "chrome"
    if header is not None and headers.is_bio_of(line, header.author):
        return "bio"
    if (credited := headers.credit_line(line)) is not None:
        if header is not None and credited:
            header._credit(author=credited)  # a byline below the headline and standfirst
        return "credit"
    return None


def is_promo_line(line: str) -> bool:
    """`Sign up for X's weekly briefing`, `Get our newsletter in your inbox`: a short prompt to subscribe."""
    cfg = _chrome()
    return len(_words(line)) <= cfg["max_promo_words"] and bool(re.search(cfg["promo_line"], line))


_UNENDED = re.compile(r"[.!?:;\"')\]…]$")


def split_off_headlines(lines: list[str]) -> list[list[str]]:
    """A block's lines as paragraphs: a short line ending mid-sentence over a long line of prose that starts in
    capitals (a live feed's item title over its text, with no blank line between) is a headline, its own
    paragraph; on a page that is not hard-wrapped, a story's text is one long line, and a line far shorter
    than it is no wrapped piece of it. Other lines stay together."""
    cfg = _chrome()
    groups = [lines[:1]]
    for prev, line in zip(lines, lines[1:]):
        if (
            len(line) >= cfg["min_story_line_chars"]
            and 2 * len(prev) <= len(line)
            and line[:1].isupper()
            and not _UNENDED.search(prev)
            and len(_words(prev)) <= cfg["max_headline_line_words"]
        ):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def is_hard_wrapped(paragraphs: list[str]) -> bool:
    """A page whose lines were each made a paragraph: most of its paragraphs are lines of some length that end
    mid-sentence."""
    cfg = _chrome()
    if len(paragraphs) < cfg["min_wrapped_paragraphs"]:
        return False
    cut = sum(1 for p in paragraphs if len(_words(p)) >= cfg["min_wrapped_line_words"] and not _UNENDED.search(p))
    return cut >= cfg["min_wrapped_share"] * len(paragraphs)


def join_wrapped(paragraphs: list[str]) -> list[str]:
    """Join a paragraph cut mid-sentence by a blank line with the next one: it ends with no sentence punctuation
    and the next starts in lower case, or it ends with a function word; on a hard-wrapped page, any line of some
    length that ends mid-sentence."""
    cfg = _chrome()
    glue, wrapped = cfg["glue_words"], is_hard_wrapped(paragraphs)
    out: list[str] = []
    for text in paragraphs:
        if out:
            prev = out[-1]
            last = prev.rsplit(" ", 1)[-1].casefold()
            n_words = len(_words(prev))
            if (
                n_words >= 4
                and not _UNENDED.search(prev)
                and (
                    text[:1].islower()
                    or last in glue
                    # a headline in capitals is never run into the text below it
                    or wrapped
                    and n_words >= cfg["min_wrapped_line_words"]
                    and prev.isupper() == text.isupper()
                )
            ):
                out[-1] = f"{prev} {text}"
                continue
        out.append(text)
    return out


_GLUED = re.compile(r"(?<=[a-z]{4})(?=[A-Z][a-z]{2})")


def split_glued_words(text: str) -> str:
    """`KavkazaMinister` -> `Kavkaza Minister`: a crawler that joins two elements (a promo line and the first
    sentence) leaves a lower-case run of four or more letters glued to a capitalised word; names such as
    McAllister or DeWitt have shorter runs and stay whole, and so do hashtags, handles and links. A promo
    glued that way (`Read on the website SiteNameThe minister ...`) is cut off."""
    if not _GLUED.search(text):
        return text
    folded = text.casefold()
    for prefix in _chrome()["promo_prefixes"]:
        if folded.startswith(prefix) and (m := _GLUED.search(text, len(prefix), len(prefix) + 80)):
            text = text[m.start() :]
            break
    return " ".join(
        token if token[:1] in "#@" or "/" in token or "." in token.strip(".") else _GLUED.sub(" ", token)
        for token in text.split(" ")
    )


def drop_teasers(paragraphs: list[str]) -> list[str]:
    """Drop a paragraph that the next one repeats: the same text, or a teaser cut off with `...` that the next
    paragraph begins with."""
    out = []
    for i, text in enumerate(paragraphs):
        following = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
        stem = text.rstrip(".… ")
        if following and (
            text == following or (text.endswith(("...", "…")) and len(stem) >= 40 and following.startswith(stem))
        ):
            continue
        out.append(text)
    return out


# --- stage -----------------------------------------------------------------------------------


def clean_document(data: bytes | str, encoding: str | None = None) -> dict:
    """Clean one input: returns metadata (published, outlet, author, dateline, encoding) and its paragraphs.

    `data` is raw bytes (decoded here) or text a reader already decoded from `encoding`.
    """
    if not data.strip():
        raise ValueError("empty file")
    if isinstance(data, str):
        text = data
    else:
        text, encoding = decode_text_file(data)
    text = normalize_text(text)
    url, text = headers.split_url_line(text)
    header, blocks = read_header(split_blocks(text))
    header._credit(author=_dropped_byline_author(text))
    header.month_first = headers.writes_month_first(url, header.dateline_place)
    header.add_date(headers.url_date(url), headers.PRIORITY_URL)
    header.add_date(_foot_date(blocks), headers.PRIORITY_TAIL)
    # a page that is all chrome by these rules keeps its text rather than vanish
    blocks = drop_chrome(drop_headline_runs(drop_menu_runs(blocks)), header) or [
        [line for line in b if not is_junk_line(line)] for b in blocks
    ]
    joined = [
        " ".join(t for line in lines if (t := headers.strip_credits(line)))
        for block in blocks
        for lines in split_off_headlines(block)
    ]
    joined = [split_glued_words(t) for t in joined if t]
    paragraphs = [piece for text in drop_teasers(join_wrapped(joined)) for piece in _split_long(text)]
    if not header.month_first and (found := header.published) in header.month_first_readings:
        header.month_first = headers.month_first_fits_text(found, header.month_first_readings[found], text)
    meta = {
        "published": header.published,
        "outlet": header.outlet or headers.copyright_owner(text),
        "author": header.author,
        "dateline_place": header.dateline_place,
        "dateline_date": header.dateline_date,
        "dateline_month_day": header.dateline_month_day,
        "copyright_year": headers.copyright_year(text),
        "url": url,
    }
    # A trailing line naming the outlet itself (`News.Az`) is a site footer, not text.
    while paragraphs and meta["outlet"] and paragraphs[-1].casefold() == meta["outlet"].casefold():
        paragraphs.pop()
    return {**meta, "encoding": encoding, "paragraphs": paragraphs}


def _dropped_byline_author(text: str) -> str | None:
    """The reporter of a `Written by X` line at the top of the page, which the junk lines drop before the header is
    read (as they drop `Reporting by X` under the story): the author, whose bio at the foot is then no text."""
    for line in text.split("\n")[: _chrome()["max_front_blocks"] * 3]:
        line = line.strip()
        if (
            is_junk_line(line)
            and (by := headers.byline(line))
            and by["author"]
            and headers.looks_like_person(by["author"])
        ):
            return by["author"]
    return None


def _outlet_key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


def normalize_outlets(outlets: pd.Series) -> pd.Series:
    """One spelling per outlet: a known outlet (models/outlets.txt) takes the list's spelling; any other
    takes its most frequent spelling in the corpus (ties: the first in sorted order). Names compare
    case-, space- and punctuation-insensitively (`NEWS.AZ`, `News.Az`, `news az` are one outlet)."""
    known = {}
    for line in resources.read_lines("outlets.txt"):
        known.setdefault(_outlet_key(line), line)
    present = outlets.dropna()
    counts = present.value_counts()
    chosen: dict[str, str] = {}
    for spelling in sorted(counts.index, key=lambda s: (-counts[s], s)):
        key = _outlet_key(spelling)
        if key:
            chosen.setdefault(key, known.get(key, spelling))
    return outlets.map(lambda v: chosen.get(_outlet_key(v), v) if isinstance(v, str) else v)


def clean_documents(raw: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Clean raw inputs.

    Args:
        raw: one row per input with `doc_id`, `source_file`, `content` (bytes) and optional
            `error` (a reason the input could not be read) and metadata overrides
            (`published`, `outlet`, `author`) from structured inputs.

    Returns:
        (documents, paragraphs) conforming to the schema; unreadable inputs are `skipped` rows.
    """
    return assemble_documents(*clean_inputs(raw))


def clean_inputs(raw: pd.DataFrame) -> tuple[list[dict], pd.DataFrame]:
    """The part of `clean_documents` that looks at one input at a time: a `documents` row per input (outlet not
    yet normalised across the corpus, no language) and the paragraphs (doc_id, para_idx, text, language)."""
    doc_rows, para_rows = [], []
    for row in raw.to_dict("records"):
        doc, paragraphs = _clean_input(row)
        doc_rows.append(doc)
        para_rows.extend({"doc_id": row["doc_id"], "para_idx": i, "text": text} for i, text in enumerate(paragraphs))
    paragraphs = pd.DataFrame(para_rows, columns=["doc_id", "para_idx", "text"])
    paragraphs = faults.per_document("clean", paragraphs, language.mark_paragraphs)  # language of each paragraph
    return doc_rows, paragraphs


def assemble_documents(doc_rows: list[dict], paragraphs: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The part of `clean_documents` over the whole corpus: one spelling per outlet, each document's language."""
    documents = pd.DataFrame(doc_rows, columns=schema.DOCUMENTS.names)
    documents["outlet"] = normalize_outlets(documents["outlet"])
    documents["language"] = documents["doc_id"].map(language.document_languages(paragraphs))
    documents = schema.conform(documents, schema.DOCUMENTS)
    return documents, paragraphs


def _clean_input(row: dict) -> tuple[dict, list[str]]:
    """One input's `documents` row and its paragraphs: `ok` with text, else `skipped` with the reason (an
    unreadable input, no text after cleaning) or, for a bug on this document, recorded as its fault."""
    doc = {
        **dict.fromkeys(schema.DOCUMENTS.names),
        "doc_id": row["doc_id"],
        "source_file": row["source_file"],
        "n_paragraphs": 0,
        "status": "skipped",
        "error": _override(row.get("error")),
    }
    if doc["error"] is not None:
        return doc, []
    try:
        faults.inject("clean", row["doc_id"])
        cleaned = clean_document(row["content"], _override(row.get("encoding")))
    except (ValueError, UnicodeError) as exc:
        doc["error"] = str(exc)
        log.warning("skipped %s: %s", row["source_file"], exc)
        return doc, []
    except Exception as exc:  # noqa: BLE001 - a bug on one document: status error (see pipeline.faults)
        faults.record("clean", row["doc_id"], exc)
        return doc, []
    for key in ("published", "outlet", "author", "url"):
        doc[key] = _override(row.get(key)) or cleaned.get(key)
    if doc["published"] is None:
        doc["published"] = headers.url_date(doc["url"])  # an input's URL the text does not repeat
    doc.update(
        {key: cleaned[key] for key in ("dateline_place", "dateline_date", "dateline_month_day", "copyright_year")}
    )
    paragraphs = cleaned["paragraphs"]
    doc.update(encoding=cleaned["encoding"], n_paragraphs=len(paragraphs))
    if paragraphs:
        doc["status"] = "ok"
    else:
        doc["error"] = "no text after cleaning"
    return doc, paragraphs


def _override(value) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    value = str(value).strip()
    return value or None
