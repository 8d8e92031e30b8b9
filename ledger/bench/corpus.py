"""A deterministic generator of realistic personnel notices, with their answer keys.

Many issuers (district governments of several provinces), street offices with their
sub-offices, bureaus and centres; names drawn by real surname frequencies; probation and
secondment variants; removals of people appointed earlier; page furniture and PDF line
breaks. The same seed gives the same corpus, byte for byte.

    python -m ledger.bench generate --events 10000 --out /tmp/corpus
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateutil.relativedelta import relativedelta

# Surnames with their approximate share of the population (per mille), most common first.
SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 72), ("李", 70), ("张", 68), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22), ("赵", 20),
    ("吴", 19), ("周", 18), ("徐", 13), ("孙", 12), ("马", 12), ("朱", 11), ("胡", 10), ("郭", 10),
    ("何", 9), ("林", 9), ("高", 9), ("罗", 8), ("郑", 8), ("梁", 7), ("谢", 6), ("宋", 6), ("唐", 6),
    ("许", 5), ("韩", 5), ("邓", 5), ("冯", 5), ("曹", 5), ("彭", 5), ("曾", 5), ("肖", 4), ("田", 4),
    ("董", 4), ("潘", 4), ("袁", 4), ("蔡", 4), ("蒋", 4), ("余", 4), ("于", 4), ("杜", 4), ("叶", 4),
    ("程", 3), ("魏", 3), ("苏", 3), ("吕", 3), ("丁", 3), ("任", 3), ("卢", 3), ("姚", 3), ("沈", 3),
    ("钟", 3), ("姜", 3), ("崔", 3), ("谭", 3), ("陆", 2), ("范", 2), ("汪", 2), ("廖", 2), ("石", 2),
    ("金", 2), ("韦", 2), ("贾", 2), ("夏", 2), ("付", 2), ("方", 2), ("邹", 2), ("熊", 2), ("白", 2),
    ("孟", 2), ("秦", 2), ("邱", 2), ("侯", 2), ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2), ("段", 2),
    ("雷", 2), ("龙", 1), ("黎", 1), ("史", 1), ("陶", 1), ("贺", 1), ("毛", 1), ("郝", 1), ("顾", 1),
    ("龚", 1), ("邵", 1), ("万", 1), ("覃", 1), ("武", 1), ("钱", 1), ("戴", 1), ("严", 1), ("欧阳", 0.3),
    ("司马", 0.1), ("诸葛", 0.1),
)  # fmt: skip
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂建华文辉玉萍红鹏晨宇浩然欣怡子涵梓轩思远志海燕雪梅国庆立新晓东"

PLACES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("济南市", ("历下区", "槐荫区", "天桥区", "历城区")),
    ("青岛市", ("市南区", "市北区", "李沧区", "崂山区")),
    ("郑州市", ("中原区", "二七区", "金水区", "惠济区")),
    ("长沙市", ("芙蓉区", "天心区", "岳麓区", "开福区")),
    ("成都市", ("锦江区", "青羊区", "金牛区", "武侯区")),
    ("南宁市", ("兴宁区", "青秀区", "江南区", "西乡塘区")),
    ("合肥市", ("瑶海区", "庐阳区", "蜀山区", "包河区")),
    ("昆明市", ("五华区", "盘龙区", "官渡区", "西山区")),
)
BUREAUS = (
    "财政局", "审计局", "民政局", "教育和体育局", "卫生健康局", "司法局", "统计局", "商务局", "水务局",
    "应急管理局", "退役军人事务局", "医疗保障局", "农业农村局", "科学技术局", "文化和旅游局",
    "机关事务服务中心", "融媒体中心", "档案馆", "城市运行管理服务中心", "社会经济调查中心",
)  # fmt: skip
STREETS = (
    "东关",
    "西城",
    "南湖",
    "北苑",
    "中心",
    "新华",
    "解放",
    "和平",
    "建设",
    "人民",
    "青年",
    "长江",
    "黄河",
    "泰山",
)
SUB_OFFICES = (
    "党政综合办公室", "经济发展服务办公室", "民生事务办公室", "平安法治和信访办公室",
    "综合治理和应急管理服务中心", "综合行政执法服务中心", "城乡建设服务中心", "便民服务中心",
)  # fmt: skip
RANKS = ("正科级", "副科级", "副处级")
FURNITURE = ("{city}{district}人民政府公报（{year} 年第 {issue} 期）", "— {page} —", "{page}")


@dataclass
class Holding:
    person: str
    post: str
    since: dt.date


@dataclass
class Jurisdiction:
    city: str
    district: str
    abbreviation: str
    posts: list[str] = field(default_factory=list)
    holders: dict[str, list[Holding]] = field(default_factory=dict)
    doc_count: int = 0


def _cn_date(day: dt.date) -> str:
    digits = "〇一二三四五六七八九"

    def small(n: int) -> str:
        if n < 10:
            return digits[n]
        tens, units = divmod(n, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")

    return "".join(digits[int(c)] for c in str(day.year)) + f"年{small(day.month)}月{small(day.day)}日"


class CorpusGenerator:
    def __init__(self, seed: int = 1):
        self.rng = random.Random(seed)
        self.surnames = [s for s, _ in SURNAMES]
        self.weights = [w for _, w in SURNAMES]
        self.used_names: set[str] = set()
        self.jurisdictions = []
        for city, districts in PLACES:
            for district in districts:
                j = Jurisdiction(city, district, district[:2], doc_count=(seed % 97) * 1000)
                for bureau in BUREAUS:
                    org = f"{city}{district}{bureau}"
                    head = "馆长" if bureau.endswith("馆") else ("局长" if bureau.endswith("局") else "主任")
                    j.posts += [org + head, org + "副" + head]
                for street in self.rng.sample(STREETS, 6):
                    j.posts += [
                        f"{city}{district}人民政府{street}街道办事处主任",
                        f"{city}{district}人民政府{street}街道办事处副主任",
                    ]
                    for office in SUB_OFFICES:
                        title = "主任" if office.endswith("中心") else "副主任"
                        j.posts.append(f"{city}{district}{street}街道{office}{title}")
                self.jurisdictions.append(j)
        self.day = dt.date(2015, 1, 5)

    def name(self) -> str:
        while True:
            surname = self.rng.choices(self.surnames, self.weights)[0]
            given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2, 2))))
            name = surname + given
            # names repeat in real life; here mostly not, so that answer keys stay unambiguous
            if name not in self.used_names or self.rng.random() < 0.01:
                self.used_names.add(name)
                return name

    def notice(self, n_events: int) -> tuple[str, dict]:
        """One notice's text and its answer key."""
        rng = self.rng
        j = rng.choice(self.jurisdictions)
        self.day += dt.timedelta(days=rng.randint(0, 3))
        day = self.day
        j.doc_count += 1
        doc_no = f"{j.abbreviation}政任〔{day.year}〕{j.doc_count}号"
        appoints: list[tuple[str, str, str, dict]] = []
        removes: list[tuple[str, str]] = []
        while len(appoints) + len(removes) < n_events:
            post = rng.choice(j.posts)
            current = j.holders.get(post, [])
            single = not post.split("街道")[-1].startswith("副") and "副" not in post[-4:]
            if current and (single or rng.random() < 0.4):
                gone = current.pop(rng.randrange(len(current)))
                removes.append((gone.person, post))
                if len(appoints) + len(removes) >= n_events:
                    break
            if single and j.holders.get(post):
                continue
            person = self.name()
            quals, key = self.qualifiers(day)
            appoints.append((person, post, "，".join(quals), key))
            j.holders.setdefault(post, []).append(Holding(person, post, day))
        lines = [
            f"{j.city}{j.district}人民政府",
            f"关于{(appoints or [(removes[0][0],)])[0][0]}等同志任免职务的通知",
            doc_no,
        ]
        lines += ["各街道办事处，区政府各部门：", "区政府决定，"]
        gold_events = []
        if appoints:
            lines.append("任命：")
            for i, (person, post, quals, key) in enumerate(appoints):
                end = "。" if i == len(appoints) - 1 else "；"
                lines.append(f"{person}同志为{post}" + (f"（{quals}）" if quals else "") + end)
                gold_events.append({"action": "appoint", "person": person, "post": post, "qualifiers": key})
        if removes:
            lines.append("免去：")
            for i, (person, post) in enumerate(removes):
                end = "。" if i == len(removes) - 1 else "；"
                lines.append(f"{person}同志的{post}职务{end}")
                gold_events.append({"action": "remove", "person": person, "post": post, "qualifiers": {}})
        lines += [
            f"{j.city}{j.district}人民政府办公室",
            _cn_date(day) if rng.random() < 0.2 else f"{day.year} 年 {day.month} 月 {day.day} 日",
            "（此件公开发布）",
        ]
        text = self.pdf_layout(lines, j, day)
        key = {
            "doc_no": doc_no,
            "issuer": f"{j.city}{j.district}人民政府",
            "date": day.isoformat(),
            "events": gold_events,
        }
        return text, key

    def qualifiers(self, day: dt.date) -> tuple[list[str], dict]:
        rng = self.rng
        quals: list[str] = []
        key: dict = {"probation_until": None}
        roll = rng.random()
        if roll < 0.15:
            quals.append(rng.choice(RANKS))
        if 0.15 <= roll < 0.35:
            quals.append("试用期一年")
            key["probation_until"] = (day + relativedelta(years=1)).isoformat()
        elif 0.35 <= roll < 0.42:
            month = day + relativedelta(months=rng.randint(2, 6))
            quals.append(f"试用期至 {month.year} 年 {month.month} 月")
            key["probation_until"] = (month + relativedelta(day=31)).isoformat()
        elif 0.42 <= roll < 0.46:
            quals.append("挂职，时间两年")
        elif 0.46 <= roll < 0.50:
            quals.append("调任")
        return quals, key

    def pdf_layout(self, lines: list[str], j: Jurisdiction, day: dt.date) -> str:
        """Break lines every 14-20 characters with blank lines between, and page furniture."""
        rng = self.rng
        out: list[str] = []
        for line in lines:
            if len(line) <= 20:
                out += [line, ""]
                continue
            pos = 0
            while pos < len(line):
                width = rng.randint(14, 20)
                out += [line[pos : pos + width], ""]
                pos += width
                if rng.random() < 0.03:
                    page = rng.randint(2, 80)
                    head = rng.choice(FURNITURE).format(
                        city=j.city, district=j.district, year=day.year, issue=rng.randint(1, 12), page=page
                    )
                    out += [head, ""]
        return "\n".join(out) + "\n"

    def files(
        self, events: int, per_file: int = 10, events_per_notice: tuple[int, int] = (8, 40)
    ) -> Iterator[tuple[str, list[dict]]]:
        """(text, answer key) per gazette file, until ``events`` events have been written."""
        written = 0
        while written < events:
            texts, keys = [], []
            for _ in range(per_file):
                if written >= events:
                    break
                n = min(self.rng.randint(*events_per_notice), events - written)
                text, key = self.notice(n)
                texts.append(text)
                keys.append(key)
                written += len(key["events"])
            yield "\n".join(texts), keys


def generate(out: Path, events: int, seed: int = 1, per_file: int = 10) -> tuple[int, int]:
    """Write NNNNN.txt + NNNNN.gold.json files into ``out``; returns (files, events) written."""
    out.mkdir(parents=True, exist_ok=True)
    files = total = 0
    for n, (text, keys) in enumerate(CorpusGenerator(seed).files(events, per_file)):
        (out / f"{n:05d}.txt").write_text(text, encoding="utf-8")
        (out / f"{n:05d}.gold.json").write_text(json.dumps(keys, ensure_ascii=False, indent=1), encoding="utf-8")
        files += 1
        total += sum(len(k["events"]) for k in keys)
    return files, total
