"""Dates as notices write them, and the arithmetic of probation and secondment terms."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from dateutil.relativedelta import relativedelta

from .errors import LedgerError
from .i18n import N_
from .vocab import CHINESE_DIGITS, TERM_MONTHS

_CN = "".join(CHINESE_DIGITS) + "十"

#: 2024年4月20日, 2024 年 4 月 20 日, 2021 8 4 日 (mangled by PDF extraction), 2024-4-20.
ARABIC_DATE = re.compile(
    r"(?<!\d)(\d{4})[ \t]*(?:年|[ \t]|[-./])[ \t]*(\d{1,2})[ \t]*(?:月|[ \t]|[-./])[ \t]*(\d{1,2})[ \t]*日?(?!\d)"
)
#: 二〇二四年四月二十日, 一九八○年四月二日.
CHINESE_DATE = re.compile(rf"([{_CN}]{{4}})[ \t]*年[ \t]*([{_CN}]{{1,3}}|元)[ \t]*月[ \t]*([{_CN}]{{1,3}})[ \t]*日")
#: 2024年9月 (a month, for 试用期至2024年9月).
ARABIC_MONTH = re.compile(r"(\d{4})[ \t]*年[ \t]*(\d{1,2})[ \t]*月(?![ \t]*\d)")
CHINESE_MONTH = re.compile(rf"([{_CN}]{{4}})[ \t]*年[ \t]*([{_CN}]{{1,3}})[ \t]*月(?![{_CN}])")


class BadDate(LedgerError, ValueError):
    """A date that is written like one but does not exist (2024年2月30日), or that a user gave
    and cannot be one. A template with its values, like every ``LedgerError``: ``str()`` is the
    English, ``localized()`` the interface's language, a date error inside it included."""

    def localized(self) -> str:
        from .i18n import _

        values = {
            k: v.localized() if isinstance(v, LedgerError) else _(v) if v in CALENDAR_REASONS else v
            for k, v in self.values.items()
        }
        return _(self.template).format(**values) if values else _(self.template)


#: what Python says of a date that does not exist, for the catalog (``impossible date …: …``)
CALENDAR_REASONS = (N_("day is out of range for month"), N_("month must be in 1..12"))


def chinese_number(text: str) -> int:
    """二十三 → 23, 十 → 10, 二〇二四 → 2024 (digit by digit when there is no 十); 元 (元月) → 1."""
    if text == "元":
        return 1
    if "十" not in text:
        return int("".join(str(CHINESE_DIGITS[c]) for c in text))
    tens, _, units = text.partition("十")
    return (CHINESE_DIGITS[tens] if tens else 1) * 10 + (CHINESE_DIGITS[units] if units else 0)


def _make(year: int, month: int, day: int, source: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise BadDate(N_("impossible date {source!r}: {reason}"), source=source, reason=str(exc)) from None


def find_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """Every full date in ``text`` as (start, end, date), in order. Raises BadDate for 2月30日."""
    found: list[tuple[int, int, dt.date]] = []
    for pattern, number in ((ARABIC_DATE, int), (CHINESE_DATE, chinese_number)):
        for m in pattern.finditer(text):
            try:
                y, mo, d = (number(g) for g in m.groups())
            except (KeyError, ValueError):
                continue
            if 1900 <= y <= 2200 and 1 <= mo <= 12:
                found.append((m.start(), m.end(), _make(y, mo, d, m.group(0))))
    return sorted(found, key=lambda match: match[0])


#: 202184日 / 20231024日: a date whose 年 and 月 a web page's extraction lost.
RUN_TOGETHER_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d{2,4})日")


def run_together_dates(text: str) -> list[dt.date]:
    """Dates written with their digits run together, where they can be read one way only.

    2021 + 84 → 2021-08-04; 2023 + 1024 → 2023-10-24; 2021 + 114 is 1月14日 or 11月4日,
    so it is not read at all.
    """
    found = []
    for m in RUN_TOGETHER_DATE.finditer(text):
        year, rest = int(m.group(1)), m.group(2)
        splits = [(rest[:i], rest[i:]) for i in range(1, len(rest)) if len(rest) - i <= 2 and i <= 2]
        readings = set()
        for month, day in splits:
            try:
                readings.add(dt.date(year, int(month), int(day)))
            except ValueError:
                continue
        if len(readings) == 1:
            found.append(readings.pop())
    return found


def find_month(text: str) -> tuple[int, int] | None:
    """The first year-and-month (2024年9月, 二〇二四年九月) in ``text``; None if none or no such month."""
    found: tuple[int, int] | None = None
    m = ARABIC_MONTH.search(text)
    if m:
        found = int(m.group(1)), int(m.group(2))
    elif m := CHINESE_MONTH.search(text):
        try:
            found = chinese_number(m.group(1)), chinese_number(m.group(2))
        except (KeyError, ValueError):
            return None
    if found and 1 <= found[1] <= 12 and 1 <= found[0] <= 9999:
        return found
    return None


def end_of_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


#: The numerals of amounts (壹贰叁…), as a term may be written: the plain ones.
_CAPITAL_NUMERALS = str.maketrans("壹贰叁肆伍陆柒捌玖拾", "一二三四五六七八九十")


def term_months(term: str) -> int | None:
    """一年 → 12, 六个月 → 6, 两年 → 24; None when the term is not one we know."""
    term = term.strip().replace(" ", "").translate(_CAPITAL_NUMERALS).removesuffix("的")  # 壹年: 一年
    if term in TERM_MONTHS:
        return TERM_MONTHS[term]
    m = re.fullmatch(r"(\d{1,2}|[" + _CN + r"]{1,3})(个月|年)", term)
    if not m:
        return None
    try:
        n = int(m.group(1)) if m.group(1).isdigit() else chinese_number(m.group(1))
    except (KeyError, ValueError):
        return None
    return n * 12 if m.group(2) == "年" else n


@functools.lru_cache(maxsize=4096)
def add_months(start: dt.date, months: int) -> dt.date:
    """Same calendar day ``months`` later (2024-05-24 + 12 → 2025-05-24; Feb 29 → Feb 28).
    Remembered: a fold asks it of every tenure, and the tenures of one notice share a day."""
    return start + relativedelta(months=months)


_USER_DATE = re.compile(r"^\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?\s*$")


def today() -> dt.date:
    """Today, or the day LEDGER_TODAY names: a report, or the README's examples, read the same
    on any later day (durations "so far", default --on dates, a timeline's today line)."""
    import os

    fixed = os.environ.get("LEDGER_TODAY", "").strip()
    if not fixed or fixed.lower() == "today":
        return dt.date.today()
    try:
        return parse_user_date(fixed)
    except BadDate as exc:
        raise BadDate(N_("LEDGER_TODAY: {error}"), error=exc) from None


#: The days a user may ask about or give: wide enough for any notice (the republic's first
#: appointments, terms running decades ahead), narrow enough that a day's arithmetic (a window
#: of days ahead, a term in years, a probation's end) never leaves the calendar Python keeps.
USER_DATES = (dt.date(1800, 1, 1), dt.date(2199, 12, 31))


def in_range(day: dt.date, source: str) -> dt.date:
    """``day``, or BadDate when it lies outside ``USER_DATES``."""
    first, last = USER_DATES
    if not first <= day <= last:
        raise BadDate(
            N_("{source!r} is out of range: give a date between {first} and {last}"),
            source=source,
            first=first,
            last=last,
        )
    return day


def parse_user_date(text: str) -> dt.date:
    """A date typed by a user: 2024-05-01, 2024-5-1, 2024/5/1, 2024年5月1日, or 'today'."""
    if text.strip().lower() == "today":
        return today()
    m = _USER_DATE.match(text)
    if not m:
        found = find_dates(text)
        if len(found) == 1 and text.strip() and not re.search(r"[a-zA-Z]", text):
            return in_range(found[0][2], text.strip())
        raise BadDate(N_("not a date: {text!r} (use 2024-05-01, 2024-5-1 or 2024年5月1日)"), text=text)
    return in_range(_make(*(int(g) for g in m.groups()), text.strip()), text.strip())


def moment_text(moment: dt.datetime | None) -> str | None:
    """A recorded moment in the local time zone, with its offset: 2024-06-01T10:30:05+08:00.

    The database keeps UTC (SQLite hands it back without a zone); shown with its offset, the
    text can be given back to --as-known-at as it is and means the same moment."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().isoformat(timespec="seconds")
