"""Domain objects as an answer shows them: the words of a table's cells and the keys of a
JSON or CSV row. Shared by the commands; plain strings and dicts, no output."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from .answer import iso
from .i18n import N_, _, as_said, is_chinese

if TYPE_CHECKING:
    from .tenures import Tenure


def plural(count: int, noun: str) -> str:
    """1 notice, 2 notices; 1 anomaly, 3 anomalies. In Chinese the noun's translation, with its
    measure word, after the count ("3 份通知"), or around it where it says ``{n}`` ("另有 3 行")."""
    if is_chinese() and (word := _(noun)) != noun:  # a noun without a translation: the English
        return word.format(n=count) if "{n}" in word else f"{count} {word}"
    if count == 1:
        return f"1 {noun}"
    if noun.endswith("y") and not noun.endswith(("ay", "ey", "oy")):
        return f"{count} {noun[:-1]}ies"
    return f"{count} {noun}s"


def notices_counted(count: int) -> str:
    """1 notice, 3 notices (1 份通知): not ``plural``, whose "notice" alone is a column heading
    (通知); counted, it needs its measure word."""
    return _("1 notice") if count == 1 else _("{n:,} notices").format(n=count)


def moment_text(moment: dt.datetime | None) -> str | None:
    from .dates import moment_text as text

    return text(moment)


def held_for(start: dt.date | None, end: dt.date) -> str:
    """A readable duration: 1 y 3 m, 4 m 2 d, 12 d (Chinese: 1年3个月, 4个月2天, 12天)."""
    if start is None:
        return _("unknown")
    if end < start:
        return _("not begun")  # a notice dated later than today: never a negative duration
    from dateutil.relativedelta import relativedelta

    span = relativedelta(end, start)
    years, months = _("{n} y").format(n=span.years), _("{n} m").format(n=span.months)
    parts = [years if span.years else "", months if span.months else ""]
    if not span.years:
        parts.append(_("{n} d").format(n=span.days) if span.days or not span.months else "")
    # Chinese writes a duration without spaces: 2年6个月
    return ("" if is_chinese() else " ").join(p for p in parts if p) or _("{n} d").format(n=0)


def held_so_far(tenure: Tenure, today: dt.date) -> str:
    """How long a tenure lasted, or has lasted so far."""
    held = held_for(tenure.start, tenure.end or today)
    if tenure.end or held == _("not begun"):
        return held
    return _("{duration} so far").format(duration=held)


def cited(doc_no: str | None, event: Any) -> str:
    """A notice as an answer cites it: its doc number, or its id when it has none."""
    from .text import short_id

    if doc_no:
        return doc_no
    if event is not None and event.notice_hash:
        return _("notice {id}").format(id=short_id(event.notice_hash))
    return _("no doc no.")


def since_text(tenure: Tenure) -> str:
    if tenure.start is None:
        return _("start unknown")
    return f"{tenure.start} ({cited(tenure.start_doc, tenure.opened_by)})"


def until_text(tenure: Tenure) -> str:
    if tenure.end is None:
        return "-"
    return _("removed {date} ({notice})").format(date=tenure.end, notice=cited(tenure.end_doc, tenure.closed_by))


def notes_text(tenure: Tenure, overdue: bool = False) -> str:
    """A tenure's qualifiers; ``overdue``: its probation ended with no confirmation on record
    (``queries.probation_overdue``), said so rather than as a probation still running."""
    notes = []
    if tenure.probation_until and overdue:
        notes.append(_("probation ended {date}, not confirmed").format(date=tenure.probation_until))
    elif tenure.probation_until:
        if tenure.confirmed_on:
            notes.append(
                _("probation to {date}, confirmed {confirmed}").format(
                    date=tenure.probation_until, confirmed=tenure.confirmed_on
                )
            )
        else:
            notes.append(_("probation to {date}").format(date=tenure.probation_until))
    if tenure.secondment_until:
        notes.append(_("secondment to {date}").format(date=tenure.secondment_until))
    if tenure.rank:
        notes.append(tenure.rank)
    if tenure.manner:
        notes.append(tenure.manner)
    notes += [_("held as {post}").format(post=post) for post in written_as(tenure, "written_post")]
    notes += [_("written {name}").format(name=name) for name in written_as(tenure, "written_person")]
    return "; ".join(notes)


def notice_id_of(event: Any) -> str | None:
    from .text import short_id

    return short_id(event.notice_hash) if event is not None and event.notice_hash else None


def holder_json(tenure: Tenure) -> dict:
    return {
        "person": tenure.person,
        "since": iso(tenure.start),
        "since_doc": tenure.start_doc,
        "since_notice": notice_id_of(tenure.opened_by),
        "ended": iso(tenure.end),
        "ended_doc": tenure.end_doc,
        "ended_notice": notice_id_of(tenure.closed_by),
        "probation_until": iso(tenure.probation_until),
        "secondment_until": iso(tenure.secondment_until),
        "rank": tenure.rank,
        "held_as": written_as(tenure, "written_post"),
        "written_as": written_as(tenure, "written_person"),
    }


def written_as(tenure: Tenure, what: str) -> list[str]:
    """The post (``written_post``) or the person (``written_person``) as the notices wrote them,
    where an assertion (a body renamed, two spellings one person) names the tenure otherwise
    (``ledger.identities``)."""
    found: list[str] = []
    for event in (getattr(tenure, "opened_by", None), getattr(tenure, "closed_by", None)):
        written = getattr(event, what, None)
        if written and written not in (tenure.post, tenure.person) and written not in found:
            if tenure.person.startswith(f"{written}("):
                continue  # 张伟(甲镇): one of two people the notices write 张伟, told apart already
            found.append(written)
    return found


def tenure_json(tenure: Tenure) -> dict:
    return {"post": tenure.post, **holder_json(tenure), "confirmed_on": iso(tenure.confirmed_on)}


def retraction_json(retraction: Any) -> dict:
    return {
        "retracted_at": moment_text(retraction.retracted_at) if retraction else None,
        "retraction_reason": retraction.reason if retraction else None,
    }


def oversight_text(o: Any) -> str:
    if o.principal:
        text = f"协助 {o.principal} {o.assisted or ''}: {o.object}"
    else:
        text = f"{o.relation} {o.object}"
    if o.carried_by:
        text += _(" (through {post})").format(post=o.carried_by)
    if o.via:
        text += _(" ({name} is a second name of {object})").format(name=o.via, object=o.object)
    return text


def item_json(item: Any) -> dict:
    r = item.resolution
    return {
        "id": item.id,
        "notice": item.doc_no,
        "title": item.title,
        "date": iso(item.date),
        "file": item.file,
        "line": item.line,
        "place": item.place,
        "clause": item.clause,
        "reason": item.reason,
        "status": "open" if r is None else "resolved",
        "resolution": None if r is None else resolution_json(r),
    }


def resolution_json(r: Any) -> dict:
    return {
        "id": r.id,
        "verdict": r.verdict,
        "events": r.events,
        "reason": r.reason,
        "by": r.by,
        "at": moment_text(r.at),
    }


# --- an import's report --------------------------------------------------------------------


def import_json(result: Any) -> dict:
    report = result.report
    if report is None:
        return {
            "file": str(result.path),
            "status": result.status,
            "error": result.error,
            "format": None,
            "pages": None,
            "dry_run": None,
            "events_added": 0,
            "open_items_added": 0,
            "notices": [],
        }
    return {
        "file": report.file,
        "status": result.status,
        "error": None,
        "format": report.format,
        "pages": report.pages,
        "dry_run": report.dry_run,
        "events_added": report.events_added,
        "open_items_added": len(report.open_items),
        "notices": [
            {
                "doc_no": n.doc_no,
                "title": n.title,
                "date": iso(n.date),
                "status": n.status,
                "kind": n.kind,
                "events": n.events,
                "actions": n.actions,
                "reason": n.reason,
                "open_items": [
                    {"id": i.id, "line": i.line, "place": i.place, "clause": i.clause, "reason": i.reason}
                    for i in n.open_items
                ]
                if n.status in ("added", "superseded")
                else [],
            }
            for n in report.notices
        ],
    }


def shown(text: Any) -> str:
    """A result's message as the interface says it (``importer.Said``), a plain one as it is."""
    return getattr(text, "shown", text)


def counted(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (templates with ``{n}``) for ``count`` things, translated: for a noun
    whose own translation is a column heading ("work division" is 分工), so ``plural`` would
    say "2 分工" where Chinese counts "2 份分工通知"."""
    return _(one if count == 1 else many).format(n=count)


#: an event's action as an import counts it: "60 appoint" (the action as stored), 任职 60 项
_ACTIONS = {"appoint": N_("{n} appoint"), "remove": N_("{n} remove"), "confirm": N_("{n} confirm")}


def by_actions(actions: Any) -> str:
    """Events counted by action: "60 appoint, 66 remove" (任职 60 项，免职 66 项)."""
    return _(", ").join(
        _(_ACTIONS[action]).format(n=count) if action in _ACTIONS else f"{count} {action}"
        for action, count in sorted(actions.items())
    )


def padded(word: str) -> str:
    """A line's first word, padded to one width in terminal cells (a CJK character takes two)."""
    from rich.cells import cell_len

    return word + " " * max(1, 10 - cell_len(word))


def _items(outcome: Any) -> str:
    """ ", 1 open item" after a notice's events, if it has any."""
    return _(", {items}").format(items=plural(len(outcome.open_items), "open item")) if outcome.open_items else ""


def import_lines(report: Any) -> list[str]:
    """An import's report of one file, a line per notice (each ending with a newline)."""
    lines: list[str] = []
    write = lines.append
    personnel = [n for n in report.notices if n.kind == "personnel"]
    divisions = [n for n in report.notices if n.kind == "division"]
    verb = padded(_("would add") if report.dry_run else _("added"))
    by_action = by_actions(report.actions_added())
    head = N_("{file}: {notices}, {events} would add") if report.dry_run else N_("{file}: {notices}, {events} added")
    write(
        _(head).format(
            file=report.file,
            notices=plural(len(personnel), "personnel notice"),
            events=plural(report.events_added, "event"),
        )
        + (_(" ({actions})").format(actions=by_action) if by_action else "")
        + (
            _("; {divisions}").format(
                divisions=counted(len(divisions), N_("{n} work division"), N_("{n} work divisions"))
            )
            if divisions
            else ""
        )
        + "\n"
    )
    untitled = _("(untitled)")
    known_word, skipped = padded(_("known")), padded(_("skipped"))
    for n in report.notices:
        label = n.doc_no or n.title or untitled
        if n.status == "added" and n.reason:  # a work division
            write(f"  {verb}{label}  {iso(n.date)}  {shown(n.reason)}  {n.title or ''}\n")
        elif n.status == "added":
            events = plural(n.events, "event")
            write(f"  {verb}{label}  {iso(n.date)}  {events}{_items(n)}  {n.title or ''}\n")
        elif n.status == "superseded":
            events = plural(n.events, "event")
            write(f"  {verb}{label}  {iso(n.date)}  {events}{_items(n)}  ({shown(n.reason)})\n")
        elif n.status == "already imported" and n.reason:  # known, and retracted
            known = _("already imported, and {reason}").format(reason=shown(n.reason))
            write(f"  {known_word}{label}  {known}\n")
        elif n.status == "already imported":
            nothing = _("already imported, nothing added")
            write(f"  {known_word}{label}  {nothing}\n")
        else:
            reason = reason_said(n.reason or "")
            write(f"  {skipped}" + _("{title}: {reason}").format(title=n.title or untitled, reason=reason) + "\n")
        if n.status in ("added", "superseded"):
            for item in n.open_items:
                place = f" ({item.place})" if item.place else ""
                number = f"#{item.id}" if item.id is not None else _("open")
                write(
                    f"  {padded(number)}{report.file}:{item.line}{place}  {reason_said(item.reason)}: {item.clause}\n"
                )
    if (personnel or divisions) and not report.added:
        write("  " + _("nothing added: every personnel notice in this file was already imported") + "\n")
    return lines


def reason_said(reason: str) -> str:
    """A parser's reason (stored in English: an open item's, a skipped notice's) as the
    interface says it."""
    from .vocab import REASON_TEMPLATES

    return as_said(reason, REASON_TEMPLATES)
