"""Organisations read out of post names (``ledger.orgs``), without the CLI: plain names in,
places, units and trees out; and ``Ledger.org_tree`` on the demo ledger."""

from __future__ import annotations

import datetime as dt

import pytest

from ledger import Ledger
from ledger.errors import NotFound
from ledger.orgs import build_tree, matching
from ledger.posts import one_per_organisation, read_name, read_place


@pytest.mark.parametrize(
    ("org", "place", "keys"),
    [
        ("济南市市中区人民政府王官庄街道办事处", "济南市市中区", ("王官庄街道",)),
        ("市中区王官庄街道办事处", "市中区", ("王官庄街道",)),
        ("王官庄街道", "", ("王官庄街道",)),
        ("济南市市中区王官庄街道党政综合办公室", "济南市市中区", ("王官庄街道", "党政综合办公室")),
        ("济南市市中区人民政府", "济南市市中区", ()),
        ("济南市市中区人民政府办公室", "济南市市中区", ("办公室",)),  # the government's own office
        ("济南市市中区财政局预算科", "济南市市中区", ("财政局", "预算科")),  # a bureau and its section
        ("某某县柳埠镇人民政府", "某某县", ("柳埠镇",)),
        ("某某县柳埠镇", "某某县", ("柳埠镇",)),
        # words that end like a unit without being one
        ("济南市市中区城乡建设局", "济南市市中区", ("城乡建设局",)),
        ("济南市市中区乡村振兴局", "济南市市中区", ("乡村振兴局",)),
        ("济南市市中区科学技术局", "济南市市中区", ("科学技术局",)),
        ("济南市市中区十六里河街道城乡建设服务中心", "济南市市中区", ("十六里河街道", "城乡建设服务中心")),
        # a unit's name that ends with 市 is no place
        ("济南市市中区魏家庄街道城市管理办公室", "济南市市中区", ("魏家庄街道", "城市管理办公室")),
        ("合肥市蜀山区城市管理局", "合肥市蜀山区", ("城市管理局",)),
        # 州 ends a place only when nothing follows it
        ("宁波市鄞州区市场监督管理局", "宁波市鄞州区", ("市场监督管理局",)),
        ("山西省人力资源和社会保障厅人才开发处", "山西省", ("人力资源和社会保障厅", "人才开发处")),
    ],
)
def test_a_name_is_a_place_and_the_units_below_its_government(org, place, keys):
    name = read_name(org)
    assert (name.place, name.keys) == (place, keys)
    assert name.written[-1:] in ((org,), ()), "the last unit is written up to the end of the name"


def test_the_place_of_a_name_is_stricter_than_a_jurisdiction():
    from ledger.posts import jurisdiction

    assert jurisdiction("济南市市中区魏家庄街道城市管理办公室") == "济南市市中区魏家庄街道城市"
    assert read_place("济南市市中区魏家庄街道城市管理办公室") == "济南市市中区"


SPELLINGS = [
    "济南市市中区人民政府王官庄街道办事处主任",
    "济南市市中区王官庄街道党政综合办公室副主任",
    "市中区王官庄街道办事处副主任",
    "王官庄街道平安建设办公室副主任",
    "济南市市中区农业农村局副局长",
]


def test_the_spellings_of_one_body_are_one_node_named_by_the_fullest():
    (district,) = build_tree(SPELLINGS)
    assert district.name == "济南市市中区人民政府"
    assert district.also_written == ["市中区", "济南市市中区"]
    street = district.children["王官庄街道"]
    assert street.name == "济南市市中区人民政府王官庄街道办事处"
    assert street.also_written == ["市中区王官庄街道办事处", "济南市市中区王官庄街道", "王官庄街道"]
    assert [p.title for p in street.posts] == ["主任", "副主任"]
    assert sorted(street.children) == ["党政综合办公室", "平安建设办公室"]
    assert street.children["平安建设办公室"].name == "王官庄街道平安建设办公室"  # written so only
    assert [node.unit for _, node in district.walk()] == [
        "济南市市中区人民政府",
        "农业农村局",
        "王官庄街道",
        "党政综合办公室",
        "平安建设办公室",
    ]


def test_a_short_place_stays_apart_when_two_places_end_with_it():
    roots = build_tree(
        ["济南市市中区王官庄街道办事处主任", "南宁市市中区王官庄街道办事处主任", "市中区王官庄街道办事处主任"]
    )
    assert [r.place for r in roots] == ["南宁市市中区", "市中区", "济南市市中区"]


def test_a_name_matches_by_its_units_else_by_part_of_the_last_one_topmost_only():
    roots = build_tree([*SPELLINGS, "济南市市中区兴隆街道党政综合办公室副主任"])
    assert [n.name for n in matching(roots, "市中区王官庄街道办事处")] == ["济南市市中区人民政府王官庄街道办事处"]
    assert [n.name for n in matching(roots, "王官庄")] == ["济南市市中区人民政府王官庄街道办事处"]
    assert [n.name for n in matching(roots, "党政综合办公室")] == [
        "济南市市中区兴隆街道党政综合办公室",
        "济南市市中区王官庄街道党政综合办公室",
    ]
    assert [n.name for n in matching(roots, "济南市市中区")] == ["济南市市中区人民政府"]
    assert matching(roots, "财政局") == []


def test_the_spellings_of_one_body_in_a_list_of_names_are_said_once():
    assert one_per_organisation(
        ["济南市市中区人民政府王官庄街道", "济南市市中区王官庄街道", "济南市市中区兴隆街道"]
    ) == [
        "济南市市中区人民政府王官庄街道",
        "济南市市中区兴隆街道",
    ]


def test_the_library_answers_the_tree_without_the_cli(demo):
    (office,) = Ledger(demo).org_tree("王官庄街道", on=dt.date(2024, 5, 1))
    assert office.name == "济南市市中区人民政府王官庄街道办事处"
    (head,) = office.posts
    assert [(t.person, t.start, t.start_doc) for t in head.holders] == [
        ("赵晨", dt.date(2024, 4, 20), "市中政任〔2024〕5号")
    ]
    (deputy,) = office.children["平安建设办公室"].posts
    (zhao,) = deputy.holders
    assert (zhao.person, zhao.start, zhao.end, zhao.end_doc) == (
        "赵严龙",
        None,
        dt.date(2024, 5, 24),
        "市中政任〔2024〕6号",
    )
    later = Ledger(demo).org_tree("王官庄街道", on=dt.date(2024, 7, 1))[0].children["平安建设办公室"].posts[0]
    assert later.holders == [] and [t.person for t in later.vacancy.last] == ["赵严龙"]
    with pytest.raises(NotFound):
        Ledger(demo).org_tree("不存在街道")
