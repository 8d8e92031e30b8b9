"""Property-based: whatever text arrives, the parser returns notices or raises ParseError."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger.errors import ParseError
from ledger.parse import parse_bytes, parse_text

NOTICE = """济南市某某区人民政府
关于王五等同志任免职务的通知
某政任〔2024〕7 号
区政府决定，任命：
王五同志为济南市某某区财政局局长（试用期一年）；
赵六、钱七同志为济南市某某区审计局副局长（副处级，试用期至 2024 年 9 月）；
孙八同志为济南市某某区民政局副局长（挂职，时间两年）。
免去：
周九同志的济南市某某区财政局局长职务；
吴十同志的济南市某某区民政局副局长、党组成员职务。
济南市某某区人民政府办公室
2024 年 4 月 20 日
"""

NOISE_CHARS = "，。；：、（）()〔〕[]\u3000 \n\r\t0123456789年月日为的同志任命免去职务试用期"
NOISE = st.sampled_from([*NOISE_CHARS, "\n3\n", "— 7 —", "\ufeff", "\x00"])


def mutate(text: str, edits: list[tuple[int, int, str]]) -> str:
    for position, kind, noise in edits:
        at = position % (len(text) + 1)
        if kind == 0:
            text = text[:at] + noise + text[at:]
        elif kind == 1:
            text = text[:at] + text[at + 1 :]
        else:
            text = text[:at] + noise + text[at + 1 :]
    return text


def parses_or_refuses(call) -> None:
    try:
        parsed = call()
    except ParseError as exc:
        assert str(exc)  # a message for the user
        return
    for notice in parsed.notices:
        for event in notice.events:
            assert event.action in ("appoint", "remove", "confirm")
            assert event.person and event.post


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 2), NOISE), max_size=30))
def test_mutated_notices_parse_or_raise_parse_error(edits):
    parses_or_refuses(lambda: parse_text(mutate(NOTICE, edits), "mutated.txt"))


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_random_text_parses_or_raises_parse_error(text):
    parses_or_refuses(lambda: parse_text(text, "random.txt"))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=500))
def test_random_bytes_parse_or_raise_parse_error(data):
    parses_or_refuses(lambda: parse_bytes(data, "random.bin"))


def test_the_unmutated_notice_reads_whole():
    [notice] = parse_text(NOTICE).notices
    assert len(notice.events) == 7
