"""Storage: the append-only log. Notices and their events are only ever inserted.

The schema is created and changed only by the migrations in ``migrations/``; these
classes describe it for queries and must agree with the newest migration.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Notice(Base):
    """One imported personnel notice (任免通知), identified by the hash of its text."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    doc_no: Mapped[str | None] = mapped_column(String(100), index=True)
    doc_key: Mapped[str | None] = mapped_column(String(100), index=True)  # doc_no, one bracket style
    title: Mapped[str | None] = mapped_column(Text)
    issuer: Mapped[str | None] = mapped_column(String(200))
    signed_by: Mapped[str | None] = mapped_column(String(200))
    date: Mapped[dt.date] = mapped_column(Date)
    source_file: Mapped[str] = mapped_column(Text)
    first_line: Mapped[int] = mapped_column(Integer)
    last_line: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="personnel", server_default="personnel")
    note: Mapped[str | None] = mapped_column(Text)  # a work division's closing rule
    # the lines as the parser read them, for verify --deep (migration 0011; None before it)
    block: Mapped[dict | None] = mapped_column(JSON)

    events: Mapped[list[Event]] = relationship(back_populates="notice", order_by="Event.seq")
    retraction: Mapped[Retraction | None] = relationship(foreign_keys="Retraction.notice_id", viewonly=True)


class Event(Base):
    """An appointment, removal or probation confirmation of one person to one post."""

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("notice_id", "seq", name="uq_events_notice_seq"),
        Index("ix_events_post_effective", "post", "effective"),
        Index("ix_events_person_effective", "person", "effective"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    person: Mapped[str] = mapped_column(String(100))
    post: Mapped[str] = mapped_column(String(300))
    effective: Mapped[dt.date] = mapped_column(Date)
    probation: Mapped[str | None] = mapped_column(String(100))
    probation_until: Mapped[dt.date | None] = mapped_column(Date, index=True)
    secondment: Mapped[str | None] = mapped_column(String(100))
    secondment_until: Mapped[dt.date | None] = mapped_column(Date)
    rank: Mapped[str | None] = mapped_column(String(50))
    manner: Mapped[str | None] = mapped_column(String(100))
    qualifiers: Mapped[list[str]] = mapped_column(JSON, default=list)
    line: Mapped[int] = mapped_column(Integer)
    clause: Mapped[str] = mapped_column(Text)
    # where the line stands in the original document (migration 0005)
    source: Mapped[str] = mapped_column(String(8), default="text", server_default="text")  # text pdf docx html ocr
    page: Mapped[int | None] = mapped_column(Integer)  # PDF page
    paragraph: Mapped[int | None] = mapped_column(Integer)  # Word paragraph
    table_no: Mapped[int | None] = mapped_column(Integer)  # Word (or web page) table
    table_row: Mapped[int | None] = mapped_column(Integer)  # and its row
    # the resolution a person made (migration 0009); None: read from the notice by the parser
    resolution_id: Mapped[int | None] = mapped_column(Integer, index=True)

    notice: Mapped[Notice] = relationship(back_populates="events")


class OpenItem(Base):
    """A clause of a notice that holds a decision but could not be read: kept for a person to
    resolve (``ledger review``, ``ledger resolve``). A row of its notice, like its events."""

    __tablename__ = "open_items"
    __table_args__ = (UniqueConstraint("notice_id", "seq", name="uq_open_items_notice_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    line: Mapped[int] = mapped_column(Integer)
    clause: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(8), default="text", server_default="text")
    page: Mapped[int | None] = mapped_column(Integer)
    paragraph: Mapped[int | None] = mapped_column(Integer)
    table_no: Mapped[int | None] = mapped_column(Integer)
    table_row: Mapped[int | None] = mapped_column(Integer)


class Resolution(Base):
    """What a person decided: the events they read in an open item (``verdict`` events), that it
    holds none (not-event), or events recorded from a source no imported notice carries
    (record, ``open_item_id`` None). Appended and chained; its events point at it."""

    __tablename__ = "resolutions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    open_item_id: Mapped[int | None] = mapped_column(ForeignKey("open_items.id"), unique=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"), index=True)
    verdict: Mapped[str] = mapped_column(String(16))  # events | not-event | record
    reason: Mapped[str | None] = mapped_column(Text)
    resolved_by: Mapped[str] = mapped_column(String(100))
    resolved_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Retraction(Base):
    """A notice withdrawn from every answer, with why and when. Appended, never removed; a
    reinstatement may undo it, and the notice may be retracted again later."""

    __tablename__ = "retractions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    retracted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    superseded_by: Mapped[int | None] = mapped_column(ForeignKey("notices.id"))


class Post(Base):
    """Each post name once (derived from events), reversed for tail look-ups."""

    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    name_reversed: Mapped[str] = mapped_column(
        String(300).with_variant(String(300, collation="C"), "postgresql"), index=True
    )


class SearchName(Base):
    """Each person, post and organisation name once, with its pinyin: an index for ``search``
    (derived from the events, rebuilt by ``check --repair``), so that a Latin query is a scan
    of short strings in the database, not a pinyin conversion of every name on each search."""

    __tablename__ = "search_names"
    __table_args__ = (UniqueConstraint("name", "kind", name="uq_search_names_name_kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # person | post | organisation
    name: Mapped[str] = mapped_column(String(300))
    pinyin: Mapped[str] = mapped_column(String(1500))  # zhangshuming
    initials: Mapped[str] = mapped_column(String(300))  # zsm


class Portfolio(Base):
    """What one leader presides over, is responsible for, oversees, liaises with or assists with."""

    __tablename__ = "portfolios"
    __table_args__ = (UniqueConstraint("notice_id", "seq", name="uq_portfolios_notice_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    leader: Mapped[str] = mapped_column(String(100), index=True)
    relation: Mapped[str] = mapped_column(String(16))
    object: Mapped[str] = mapped_column(String(300))  # as written: 区财政局, 审计
    full_name: Mapped[str] = mapped_column(String(300))  # as in appointment notices: 济南市市中区财政局
    kind: Mapped[str] = mapped_column(String(16))  # body | area
    principal: Mapped[str | None] = mapped_column(String(100))
    assisted: Mapped[str | None] = mapped_column(String(16))
    carried_by: Mapped[str | None] = mapped_column(String(300))
    line: Mapped[int] = mapped_column(Integer)
    clause: Mapped[str] = mapped_column(Text)


class BodyAlias(Base):
    """A body's second name (区国资监管局 is 区财政局), as one work-division notice gives it."""

    __tablename__ = "body_aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    alias_full: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(String(300))
    body_full: Mapped[str] = mapped_column(String(300))


class ABPair(Base):
    """Two leaders who stand in for each other (互为AB角)."""

    __tablename__ = "ab_pairs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id"), index=True)
    leader_a: Mapped[str] = mapped_column(String(100))
    leader_b: Mapped[str] = mapped_column(String(100))
    line: Mapped[int] = mapped_column(Integer)


class ChainEntry(Base):
    """One entry of the hash chain over the log: a notice, a retraction, a reinstatement or a
    resolution (``ledger.chain``)."""

    __tablename__ = "chain"
    __table_args__ = (UniqueConstraint("kind", "ref", name="uq_chain_kind_ref"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(16))  # notice | retraction | reinstatement | resolution
    ref: Mapped[int] = mapped_column(Integer)  # the notice's or the retraction's id
    content_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    # who appended it (``ledger.signing``): an Ed25519 public key and its signature of entry_hash
    signer: Mapped[str | None] = mapped_column(String(64), nullable=True)
    signature: Mapped[str | None] = mapped_column(String(128), nullable=True)


class Reinstatement(Base):
    """A retraction undone: its notice answers again from then on. Appended like it."""

    __tablename__ = "reinstatements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    retraction_id: Mapped[int] = mapped_column(ForeignKey("retractions.id"), unique=True)
    reason: Mapped[str] = mapped_column(Text)
    reinstated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class Assertion(Base):
    """What a person states that no notice says: a body renamed, two spellings one person, one
    name two people (``ledger.identities``). Appended, chained, never changed."""

    __tablename__ = "assertions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # rename | merge | split
    subject: Mapped[str] = mapped_column(String(300))  # the old name; the person kept; the person split
    object: Mapped[str] = mapped_column(String(300))  # the new name; the person merged in; the label
    piece: Mapped[str | None] = mapped_column(String(300))  # split: what the other person's posts hold
    effective: Mapped[dt.date | None] = mapped_column(Date)  # rename: the day of the new name
    cite: Mapped[str] = mapped_column(Text)
    asserted_by: Mapped[str] = mapped_column(String(100))
    asserted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


def withdrawn_notices(moment: dt.datetime | None = None):
    """The ids of notices withdrawn at ``moment`` (now if None): retracted by then, by a
    retraction not reinstated by then."""
    from sqlalchemy import select

    undone = select(Reinstatement.retraction_id)
    standing = select(Retraction.notice_id)
    if moment is not None:
        undone = undone.where(Reinstatement.reinstated_at <= moment)
        standing = standing.where(Retraction.retracted_at <= moment)
    return standing.where(Retraction.id.not_in(undone))
