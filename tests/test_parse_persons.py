"""The person recogniser: names against the surname table, descriptions, pronouns."""

from __future__ import annotations

import pytest

from ledger.parse.frames import decision_verbs
from ledger.parse.persons import clause_names, find_mentions, name_score, read_person_slot, surname_of, surnames


def test_the_surname_table_has_single_and_compound_surnames():
    single, compound = surnames()
    assert {"王", "李", "付", "栾"} <= single
    assert {"欧阳", "司马", "诸葛", "上官"} <= compound
    assert surname_of("欧阳春晓") == "欧阳" and surname_of("王五") == "王"


@pytest.mark.parametrize("name", ["王五", "张宝静", "欧阳春晓", "司马建平", "阿依古丽·买买提", "付丽华"])
def test_names(name):
    assert name_score(name) == 3


@pytest.mark.parametrize(
    "text", ["提拔", "下列同志", "区政府", "烟台市", "三台县", "上述人员", "任命张三", "继续", "张三同志为"]
)
def test_what_is_never_a_name(text):
    assert name_score(text) == 0


def test_unknown_surnames_and_long_minority_names_are_possible_but_weaker():
    assert 0 < name_score("乌云其其格") < 3
    assert 0 < name_score("吉克曲布") < 3


def test_a_title_before_the_name_is_a_description():
    slot = read_person_slot("区人大常委会副主任罗永和")
    assert (slot.persons, slot.described_as, slot.organisation()) == (["罗永和"], "区人大常委会副主任", "区人大常委会")


def test_a_title_after_the_name():
    slot = read_person_slot("孟庆余副市长")
    assert (slot.persons, slot.described_as) == (["孟庆余"], "副市长")


def test_pronouns_refer_to_the_persons_named_before():
    assert read_person_slot("该同志", ["何晓梅"]).persons == ["何晓梅"]
    assert read_person_slot("其", []) is None  # nobody to refer to


def test_honorifics_and_marks_end_a_name():
    assert read_person_slot("欧阳慧女士、孙立先生").persons == ["欧阳慧", "孙立"]
    assert read_person_slot("章静(女,回族)同志").persons == ["章静"]


def test_mentions_in_narrative_need_a_cue_after_the_name():
    assert find_mentions("审议了孟庆余副市长提出的请求") == ["孟庆余"]
    assert find_mentions("王官庄街道的工作") == []


def test_clause_names_look_where_a_decision_puts_its_person():
    assert clause_names("任命丁丽为", decision_verbs()) == ["丁丽"]
    assert clause_names("中心主任由你局分管副局长兼任", decision_verbs()) == []


def test_tibetan_names_with_no_surname_read_as_names():
    from ledger.parse.persons import name_score, read_person_slot

    assert name_score("泽让闼") >= 2 and name_score("扎西多吉") >= 2
    assert read_person_slot("副州长泽让闼").persons == ["泽让闼"]


def test_tibetan_names_of_diqing_spelling_read_as_names():
    # (b145/15) 此里品楚, 七林农布: 此 opens no other name (此次, 此外)
    assert name_score("此里品楚") == 2 and name_score("七林农布") == 2
    assert name_score("此次") == 0 and name_score("此外") == 0


@pytest.mark.parametrize("name", ["特木尔巴根", "孟和吉日嘎拉", "额尔敦毕力格", "根秋"])
def test_mongolian_and_tibetan_names_opening_with_a_character_no_other_name_opens_with(name):
    assert name_score(name) == 2


@pytest.mark.parametrize("text", ["特此", "特聘教授", "根据", "特别"])
def test_the_words_those_characters_open_are_still_no_names(text):
    assert name_score(text) == 0


def test_a_calling_after_the_name_describes_the_person_and_names_no_body_of_the_post():
    slot = read_person_slot("新疆农业大学资源与环境学院张晓峰副教授")
    assert slot.persons == ["张晓峰"] and slot.described_as.endswith("副教授")
    assert slot.organisation() == ""  # (…林慧珊研究员为某学院副院长: where the person works, not the post's body)


def test_names_counted_without_deng():
    assert read_person_slot("王家福、刘秀兰(女)、张三三名同志").persons == ["王家福", "刘秀兰", "张三"]
