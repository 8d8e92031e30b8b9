"""Property: a decision clause that names a person yields events or an issue, never neither.

Clauses are generated from the decision forms real notices use, with names from the
surname table, posts with known and unknown titles or none, and the damage real copies
carry (a stray ；, a control character, a line break inside a word, a lost separator).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger.parse import normalise
from ledger.parse.clauses import read_clauses
from ledger.parse.persons import name_score, surnames
from ledger.vocab import NOT_NAME_START

FORMS = (
    "任命{name}为{post}",
    "任命{name}同志为{post}",
    "免去{name}的{post}职务",
    "免去{name}同志{post}职务",
    "聘任{name}为{post}",
    "解聘{name}的{post}职务",
    "{name}同志不再担任{post}职务",
    "接受{name}辞去{post}职务的请求",
    "{name}同志代理{post}",
    "决定{name}为{post}",
    "推选{name}代理{post}职务",
    "任命:\n{name}同志为{post};",
    "免去:\n{name}同志的{post}职务;",
    "{name}任{post},免去其{post}职务",
)
ORGS = ("临川市财政局", "北塘区人民政府办公室", "省交通运输厅", "县人民医院", "城建投资集团有限公司")
TITLES = ("局长", "副主任", "副厅长", "院长", "总经理", "负责人", "首席专家", "")
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红文斌晓"
DAMAGE = ("", ";", "\x07", "\n", "。", ",", " ", "(试用期若干)")
_single, _compound = surnames()
SURNAMES = sorted(s for s in _single | _compound if s[0] not in NOT_NAME_START)


def names():
    return st.builds(lambda s, g: s + g, st.sampled_from(SURNAMES), st.text(GIVEN, min_size=1, max_size=2)).filter(
        lambda n: name_score(n) >= 2
    )


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    form=st.sampled_from(FORMS),
    name=names(),
    org=st.sampled_from(ORGS),
    title=st.sampled_from(TITLES),
    damage=st.sampled_from(DAMAGE),
    where=st.integers(0, 40),
)
def test_a_decision_clause_with_a_name_yields_events_or_an_issue(form, name, org, title, damage, where):
    post = org + title
    at = where % (len(post) + 1)
    clause = form.format(name=name, post=post[:at] + damage + post[at:])
    found, issues, _ = read_clauses(normalise(clause), dt.date(2024, 6, 1))
    assert any(e.person == name for e in found) or issues, clause
