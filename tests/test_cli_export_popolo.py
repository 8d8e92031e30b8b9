"""`ledger export --format popolo` against the Popolo standard's own JSON schemas (tests/popolo),
and back: the organisations and memberships it writes give the ledger's tree and tenures again."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT3

SCHEMAS = Path(__file__).parent / "popolo"
KINDS = {"persons": "person", "organizations": "organization", "posts": "post", "memberships": "membership"}


def _validators() -> dict[str, jsonschema.Draft3Validator]:
    resources = []
    for path in SCHEMAS.glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["id"].rstrip("#"), Resource(contents=schema, specification=DRAFT3)))
    registry = Registry().with_resources(resources)
    return {
        kind: jsonschema.Draft3Validator(
            json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8")),
            registry=registry,
            format_checker=jsonschema.Draft3Validator.FORMAT_CHECKER,
        )
        for kind, name in KINDS.items()
    }


@pytest.fixture(scope="module")
def validators():
    return _validators()


def popolo(run) -> dict:
    result = run("export", "--format", "popolo")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_object_validates_against_the_popolo_schemas(seeded, validators):
    data = popolo(seeded)
    assert set(data) == set(KINDS)
    for kind, validator in validators.items():
        assert data[kind], kind
        for item in data[kind]:
            validator.validate(item)


def test_the_schemas_refuse_what_popolo_does_not_allow(validators):
    """(the validators do validate: a date written the Chinese way, a source with no url)"""
    with pytest.raises(jsonschema.ValidationError):
        validators["memberships"].validate({"id": "m", "start_date": "2024年4月20日"})
    with pytest.raises(jsonschema.ValidationError):
        validators["memberships"].validate({"id": "m", "sources": [{"note": "市中政任〔2024〕5号"}]})


def test_organisations_are_the_tree_each_spelling_one_organisation(seeded):
    data = popolo(seeded)
    orgs = {o["id"]: o for o in data["organizations"]}
    assert len(orgs) == len(data["organizations"])  # ids unique
    for org in orgs.values():  # every parent is there, and no chain of parents loops
        seen, at = set(), org
        while "parent_id" in at:
            assert at["parent_id"] in orgs and at["id"] not in seen
            seen.add(at["id"])
            at = orgs[at["parent_id"]]
    (office,) = [o for o in orgs.values() if o["name"] == "济南市市中区人民政府王官庄街道办事处"]
    assert {n["name"] for n in office.get("other_names", [])} >= {"济南市市中区王官庄街道"}
    assert not [o for o in orgs.values() if o["name"] == "济南市市中区王官庄街道"]  # not a second organisation
    units = {o["name"] for o in orgs.values() if o.get("parent_id") == office["id"]}
    assert "济南市市中区王官庄街道党政综合办公室" in units
    district = orgs[office["parent_id"]]
    assert district["name"].startswith("济南市市中区") and "parent_id" not in district
    posts = {p["id"]: p for p in data["posts"]}
    head = next(p for p in posts.values() if p["label"] == "济南市市中区人民政府王官庄街道办事处主任")
    assert head["organization_id"] == office["id"]


def test_memberships_round_trip_to_the_ledgers_tenures(seeded):
    data = popolo(seeded)
    persons = {p["id"]: p["name"] for p in data["persons"]}
    posts = {p["id"]: p for p in data["posts"]}
    back = sorted(
        (persons[m["person_id"]], posts[m["post_id"]]["label"], m.get("start_date"), m.get("end_date"))
        for m in data["memberships"]
    )
    for m in data["memberships"]:  # a membership is in the organisation of its post
        assert m["organization_id"] == posts[m["post_id"]]["organization_id"]
    tenures = json.loads(seeded("export", "--format", "json").stdout)["tenures"]
    assert back == sorted((t["person"], t["post"], t["start"], t["last_day"]) for t in tenures)
    zhao = next(m for m in data["memberships"] if persons[m["person_id"]] == "赵晨")
    assert zhao["start_date"] == "2024-04-20" and "市中政任〔2024〕5号" in zhao["sources"][0]["note"]


def test_a_merged_spelling_is_one_person_with_another_name(seeded, tmp_path):
    notice = tmp_path / "remove.txt"
    notice.write_text(
        "济南市市中区人民政府\n关于免去职务的通知\n市中政任〔2024〕9号\n各街道办事处：\n区政府决定：\n"
        "免去赵辰同志的济南市市中区人民政府王官庄街道办事处主任职务。\n济南市市中区人民政府\n2024年9月1日\n",
        encoding="utf-8",
    )
    assert seeded("import", str(notice)).exit_code == 0
    assert seeded("person", "merge", "赵晨", "赵辰", "--cite", "同一人，笔误").exit_code == 0
    data = popolo(seeded)
    (zhao,) = [p for p in data["persons"] if p["name"] == "赵晨"]
    assert zhao["other_names"] == [{"name": "赵辰"}]
    assert not [p for p in data["persons"] if p["name"] == "赵辰"]
    (held,) = [m for m in data["memberships"] if m["person_id"] == zhao["id"]]
    assert (held["start_date"], held["end_date"]) == ("2024-04-20", "2024-08-31")
