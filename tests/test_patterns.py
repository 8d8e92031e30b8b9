"""The pre-test of a pattern's searches: never wrong, and useful where it can be."""

import re

import pytest

from ledger.patterns import Prefiltered, required_chars
from ledger.vocab import strip_adjuncts


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        ("因", {"因"}),
        ("a|b(?:c|d)", {"a", "b"}),  # an alternative's set is any of its items'; the smallest
        ("x?y", {"y"}),  # an optional item requires nothing
        ("(?:选派|推荐)的", {"的"}),
        ("[甲乙]+丙?", {"甲", "乙"}),
        ("[^a]", None),  # a negated class could be anything
        ("a|.", None),  # one alternative needing no particular character
        ("^$", None),
    ],
)
def test_required_chars(pattern: str, chars: set[str] | None) -> None:
    found = required_chars(pattern)
    assert (set(found) if found is not None else None) == chars


@pytest.mark.parametrize(
    "text",
    ["上海市闵行区选派干部沈立群同志任某镇副镇长", "因工作需要,免去王五同志的职务", "张三同志为某局局长", "", "abc"],
)
def test_prefiltered_search_answers_as_the_pattern_does(text: str) -> None:
    pattern = re.compile(r"因|(?:选派|援藏)干部|\)同志")
    assert bool(Prefiltered(pattern).search(text)) == bool(pattern.search(text))


def test_adjuncts_are_still_stripped() -> None:
    assert strip_adjuncts("山东省第十批援藏干部扎西同志任某县副县长") == "扎西同志任某县副县长"


def test_a_lazy_pattern_answers_as_the_compiled_one():
    from ledger.patterns import lazy_compile

    lazy, compiled = (
        lazy_compile(r"(?P<name>[\u4e00-\u9fff]{2,3})同志"),
        re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})同志"),
    )
    built = re.compile(f"任命{lazy.pattern}")  # built from it before it is ever compiled
    assert built.search("任命张三同志为局长").group("name") == "张三"
    assert lazy.search("任命张三同志为局长").group("name") == compiled.search("任命张三同志为局长").group("name")
    assert lazy.sub("某", "张三同志、李四同志") == compiled.sub("某", "张三同志、李四同志") == "某、某"
    assert lazy.groupindex == compiled.groupindex and lazy.groups == 1
    assert [m.span() for m in lazy.finditer("张三同志李四同志")] == [(0, 4), (4, 8)]


def test_importing_the_vocabulary_compiles_none_of_its_patterns():
    # (start-up: a query uses few of them; each is compiled when first used)
    import subprocess
    import sys

    probe = "import re, ledger.vocab as v; print(sum(isinstance(x, re.Pattern) for x in vars(v).values()))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
