"""Reconstruction: folding events into tenures (SPEC §4), on plain events."""

from __future__ import annotations

import datetime as dt

from ledger.tenures import LoggedEvent, fold, holders_on

D = dt.date


def ev(action: str, person: str, day: dt.date, post: str = "某局局长", notice: int = 1, seq: int = 0):
    return LoggedEvent(action, person, post, day, f"文{notice}号", notice, seq)


def test_appointment_holds_from_its_day_and_removal_ends_the_day_before():
    tenures, anomalies = fold([ev("appoint", "甲", D(2024, 1, 10)), ev("remove", "甲", D(2024, 3, 1), notice=2)])
    assert anomalies == []
    [t] = tenures
    assert (t.start, t.end, t.last_day, t.start_doc, t.end_doc) == (
        D(2024, 1, 10), D(2024, 3, 1), D(2024, 2, 29), "文1号", "文2号"
    )  # fmt: skip
    assert [t.held_on(day) for day in (D(2024, 1, 9), D(2024, 1, 10), D(2024, 2, 29), D(2024, 3, 1))] == [
        False, True, True, False
    ]  # fmt: skip


def test_removal_without_appointment_is_a_tenure_of_unknown_start():
    [t], _ = fold([ev("remove", "乙", D(2024, 4, 20))])
    assert (t.start, t.end) == (None, D(2024, 4, 20))
    assert t.held_on(D(2020, 1, 1)) and not t.held_on(D(2024, 4, 20))
    assert not t.held_on(D(1990, 1, 1))  # long before any notice names 乙: unknown, not asserted (SPEC §4)


def test_events_fold_in_date_order_whatever_order_they_were_imported():
    events = [ev("remove", "甲", D(2024, 6, 1), notice=9), ev("appoint", "甲", D(2024, 1, 1), notice=3)]
    [t], _ = fold(events)
    assert (t.start, t.end) == (D(2024, 1, 1), D(2024, 6, 1))


def test_same_day_removal_and_reappointment_leaves_the_person_in_post():
    events = [
        ev("appoint", "甲", D(2024, 5, 1), seq=1),
        ev("remove", "甲", D(2024, 5, 1), seq=0),
        ev("appoint", "甲", D(2023, 1, 1)),
    ]
    tenures, _ = fold(events)
    assert [(t.start, t.end) for t in tenures] == [(D(2023, 1, 1), D(2024, 5, 1)), (D(2024, 5, 1), None)]
    assert [t.person for t in holders_on(tenures, D(2024, 5, 1))] == ["甲"]


def test_successors_on_one_post():
    events = [ev("remove", "甲", D(2024, 4, 20)), ev("appoint", "乙", D(2024, 4, 20), seq=1)]
    tenures, _ = fold(events)
    assert [t.person for t in holders_on(tenures, D(2024, 4, 19))] == ["甲"]
    assert [t.person for t in holders_on(tenures, D(2024, 4, 20))] == ["乙"]


def test_double_appointment_and_removal_after_end_are_anomalies():
    events = [
        ev("appoint", "甲", D(2024, 1, 1)),
        ev("appoint", "甲", D(2024, 2, 1), notice=2),
        ev("remove", "甲", D(2024, 3, 1), notice=3),
        ev("remove", "甲", D(2024, 4, 1), notice=4),
    ]
    tenures, anomalies = fold(events)
    assert [(t.start, t.end) for t in tenures] == [(D(2024, 1, 1), D(2024, 3, 1))]
    assert [a.kind for a in anomalies] == ["already holds", "removal after end"]


def test_confirmation_closes_the_probation_of_the_open_tenure():
    [t], _ = fold([ev("appoint", "甲", D(2024, 1, 1)), ev("confirm", "甲", D(2025, 1, 2), notice=2)])
    assert t.confirmed_on == D(2025, 1, 2) and t.end is None


def test_an_unknown_start_is_bounded_by_what_the_log_knows():
    """SPEC §4: two ministers removed 63 years apart never held the one-holder post at once,
    a start unknown is not asserted long before the person is first named, and a holder with
    no removal on record ends, at the latest, where the next holder is on record."""
    d = dt.date
    events = [
        LoggedEvent("remove", "张奚若", "教育部部长", d(1958, 2, 6), None, 1, 1),
        LoggedEvent("appoint", "杨秀峰", "教育部部长", d(1958, 2, 6), None, 1, 2),
        LoggedEvent("remove", "陈宝生", "教育部部长", d(2021, 8, 20), None, 2, 1),
        LoggedEvent("appoint", "怀进鹏", "教育部部长", d(2021, 8, 20), None, 2, 2),
    ]
    tenures, _ = fold(events)
    holders = lambda day: sorted(t.person for t in holders_on(tenures, day))  # noqa: E731
    assert holders(d(1950, 1, 1)) == ["张奚若"]  # first named 1958: within ten years
    assert holders(d(1940, 1, 1)) == []  # long before any notice names him: unknown, not asserted
    assert holders(d(2021, 8, 1)) == ["陈宝生"]  # not 杨秀峰 too: he left before 陈宝生 came
    assert holders(d(1990, 1, 1)) == ["杨秀峰"]
    assert holders(d(2022, 1, 1)) == ["怀进鹏"]
    for day in (d(1960, 1, 1), d(2012, 1, 1), d(2020, 1, 1)):
        assert len(holders(day)) <= 1
