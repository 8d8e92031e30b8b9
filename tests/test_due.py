"""The library's rules for ``vacancies`` and ``due`` (ledger/due.py), without the CLI.

Answers checked by hand against the notices: the seed gazette, and realistic-dev's
33-ezhou-web-page-three-notices.txt (three 鄂州 notices of 2019)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import ROOT, SEED

from ledger.api import Ledger
from ledger.due import Span, parse_span, term_end

REALDEV = ROOT.parent / "shared" / "realistic-dev"  # ../shared beside the checkout
EZHOU = REALDEV / "33-ezhou-web-page-three-notices.txt"
D = dt.date


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("90", Span(days=90)),
        ("90d", Span(days=90)),
        ("12w", Span(days=84)),
        ("6m", Span(months=6)),
        ("1y", Span(months=12)),
        ("2 Y", Span(months=24)),
        ("90天", Span(days=90)),
        ("6个月", Span(months=6)),
    ],
)
def test_a_length_of_time_in_days_weeks_months_or_years(text, span):
    assert parse_span(text) == span


@pytest.mark.parametrize("text", ["", "d", "-5", "1.5y", "90x", "999999"])
def test_what_is_not_a_length_of_time(text):
    with pytest.raises(ValueError):
        parse_span(text)


def test_months_back_from_the_end_of_a_month():
    assert Span(months=1).before(D(2024, 3, 31)) == D(2024, 2, 29)
    assert Span(days=90).before(D(2024, 6, 1)) == D(2024, 3, 3)


@pytest.mark.parametrize(
    ("qualifier", "end"),
    [
        ("聘期三年", D(2024, 3, 1)),  # from the effective date, same calendar day, as a probation
        ("任期为五年", D(2026, 3, 1)),
        ("聘期三年(2021年3月1日至2024年2月29日)", D(2024, 2, 29)),  # an explicit end beats the duration
        ("聘期自2021年1月1日至2023年12月31日", D(2023, 12, 31)),
        ("任期至2024年6月", D(2024, 6, 30)),  # a month: its last day
        ("聘期三年(2024年3月—2027年2月)", D(2027, 2, 28)),
        ("聘期三年,自2021年4月1日起计算", D(2024, 4, 1)),  # a stated start
        ("任期届满", None),
        ("任期与第四届董事会一致", None),
        ("试用期一年", None),  # not a term
    ],
)
def test_the_end_of_a_term_of_office(qualifier, end):
    assert term_end(D(2021, 3, 1), qualifier) == end


@pytest.fixture
def ezhou(run, db):
    assert run("import", str(EZHOU)).exit_code == 0
    return Ledger(db)


@pytest.mark.skipif(not EZHOU.exists(), reason="needs ../shared/realistic-dev")
def test_a_post_held_by_several_is_vacant_only_when_none_holds_it(ezhou):
    # 刘胜利 and then 余海 leave 办公室副主任, but 程丽华 holds it from 2019-08-13; 熊振华 leaves
    # 城市管理执法委员会副主任 the day 夏雨 comes: neither is vacant. 夏雨 left 住建局副局长
    # on 2019-07-05 (鄂州政任〔2019〕11号) for 城管执法委 and nobody followed her.
    found = ezhou.vacancies(on=D(2019, 12, 31))
    assert [(v.post, [t.person for t in v.last], v.since, v.days) for v in found] == [
        ("鄂州市住房和城乡建设局副局长", ["夏雨"], D(2019, 7, 5), 179)
    ]
    assert found[0].removal.doc_no == "鄂州政任〔2019〕11号"
    assert found[0].moved_to == ["鄂州市城市管理执法委员会副主任"]
    # before her removal the post was held: nothing vacant the day before
    assert ezhou.vacancies(on=D(2019, 7, 4)) == []
    assert ezhou.vacancies(on=D(2019, 12, 31), longer_than="6m") == []  # 179 days: not 6 months
    assert len(ezhou.vacancies(on=D(2019, 12, 31), longer_than="178d")) == 1


def test_a_successor_after_the_day_asked_is_no_successor_yet(run, db, tmp_path):
    (tmp_path / "a.txt").write_text(
        "某某县人民政府\n关于甲一免职的通知\n免去：\n甲一同志的某某县水利局局长职务。\n某某县人民政府\n2021年6月1日\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "某某县人民政府\n关于乙二任职的通知\n任命：\n乙二同志为某某县水利局局长。\n某某县人民政府\n2021年9月1日\n",
        encoding="utf-8",
    )
    assert run("import", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")).exit_code == 0
    book = Ledger(db)
    assert [(v.post, v.since, v.days) for v in book.vacancies(on=D(2021, 8, 31))] == [
        ("某某县水利局局长", D(2021, 6, 1), 91)
    ]
    assert book.vacancies(on=D(2021, 9, 1)) == []


def test_vacancies_under_an_organisation_match_as_roster_does(seeded, db):
    book = Ledger(db)
    found = book.vacancies("王官庄街道", D(2024, 6, 1))
    roster_posts = {e.post for e in book.roster("王官庄街道", D(2024, 6, 1), include_vacant=True)}
    assert {v.post for v in found} <= roster_posts
    # 金融事业发展中心副主任: both its holders (张宝静, 卫鹏) left on 2024-04-20, in one clause
    both = next(v for v in book.vacancies(on=D(2024, 6, 1)) if v.post.endswith("金融事业发展中心副主任"))
    assert [t.person for t in both.last] == ["张宝静", "卫鹏"] and both.since == D(2024, 4, 20)


def test_due_counts_years_in_the_same_post_from_the_appointment(seeded, db):
    # 赵晨 heads 王官庄街道办事处 from 2024-04-20 (市中政任〔2024〕5号): five years on 2029-04-20
    found = Ledger(db).due(D(2029, 4, 1), 30, (5, 10))
    zhao = [i for i in found if i.tenure.person == "赵晨"]
    assert [(i.kind, i.day, i.days_left, i.years, i.source.doc_no) for i in zhao] == [
        ("tenure", D(2029, 4, 20), 19, 5, "市中政任〔2024〕5号")
    ]
    # reached already: one row, the most years reached (10, not also 5)
    ten = [i for i in Ledger(db).due(D(2034, 6, 1), 0, (5, 10)) if i.tenure.person == "赵晨"]
    assert [(i.day, i.years, i.days_left) for i in ten] == [(D(2034, 4, 20), 10, -42)]
    assert not [i for i in Ledger(db).due(D(2029, 4, 1), 30, ()) if i.kind == "tenure"]


def test_seed_probations_due_are_those_of_expiring_probations(seeded, db):
    book = Ledger(db)
    due = [i for i in book.due(D(2024, 8, 15), 60) if i.kind == "probation"]
    expiring = book.expiring_probations(D(2024, 8, 15), 60)
    assert [(i.tenure.person, i.day) for i in due] == [(p.tenure.person, p.tenure.probation_until) for p in expiring]
    assert SEED.exists()


def _every_post_folded(book: Ledger, on: dt.date) -> list[tuple[str, dt.date]]:
    """Vacancies by brute force: every event folded, every post asked (what ``vacancies``
    narrows by SQL before it folds)."""
    from collections import defaultdict

    from ledger.due import vacancy_of
    from ledger.tenures import fold
    from ledger.visibility import logged_events

    with book.session() as session:
        by_post = defaultdict(list)
        for tenure in fold(logged_events(session))[0]:
            by_post[tenure.post].append(tenure)
    found = [v for post, held in by_post.items() if (v := vacancy_of(post, held, on))]
    return sorted((v.post, v.since) for v in found)


@pytest.mark.parametrize("on", [D(2023, 1, 1), D(2024, 4, 19), D(2024, 4, 20), D(2024, 5, 24), D(2025, 6, 1)])
def test_vacancies_narrowed_by_sql_are_those_of_every_post_folded(seeded, db, on):
    book = Ledger(db)
    assert sorted((v.post, v.since) for v in book.vacancies(on=on)) == _every_post_folded(book, on)


def test_a_removal_and_an_appointment_on_one_day_leave_the_post_held(run, db, tmp_path):
    (tmp_path / "a.txt").write_text(
        "某某县人民政府\n关于甲一等同志任免职务的通知\n任命：\n甲一同志为某某县水利局局长。\n某某县人民政府\n2020年3月1日\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "某某县人民政府\n关于乙二等同志任免职务的通知\n任命：\n乙二同志为某某县水利局局长；\n"
        "免去：\n甲一同志的某某县水利局局长职务。\n某某县人民政府\n2021年9月1日\n",
        encoding="utf-8",
    )
    assert run("import", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")).exit_code == 0
    book = Ledger(db)
    for on in (D(2021, 9, 1), D(2022, 1, 1)):
        assert book.vacancies(on=on) == [] == _every_post_folded(book, on)


def test_a_post_left_by_a_holder_appointed_on_record_is_vacant_until_the_next(run, db, tmp_path):
    notices = [
        ("2020年3月1日", "任命：\n甲一同志为某某县水利局局长。"),
        ("2021年6月1日", "免去：\n甲一同志的某某县水利局局长职务。"),
        ("2021年9月1日", "任命：\n乙二同志为某某县水利局局长。"),
    ]
    for k, (day, body) in enumerate(notices):
        text = f"某某县人民政府\n关于任免职务的通知\n{body}\n某某县人民政府\n{day}\n"
        (tmp_path / f"{k}.txt").write_text(text, encoding="utf-8")
    assert run("import", *sorted(str(p) for p in tmp_path.glob("*.txt"))).exit_code == 0
    book = Ledger(db)
    on = D(2021, 8, 1)
    assert [(v.post, v.since, v.days) for v in book.vacancies(on=on)] == [("某某县水利局局长", D(2021, 6, 1), 61)]
    assert _every_post_folded(book, on) == [("某某县水利局局长", D(2021, 6, 1))]
    assert book.vacancies(on=D(2021, 9, 1)) == [] == _every_post_folded(book, D(2021, 9, 1))
