"""The record vnextract returns: pydantic models that are the public contract.

Every span carries ``text``, ``start`` and ``end`` with
``text == input[start:end]`` on the ORIGINAL input string, whatever
normalisation ran inside. Field names are part of the public contract;
``Article.model_json_schema()`` is the published JSON schema.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal["1"] = "1"

EntityLabel = Literal["ORG", "PER", "LOC"]
AmountKind = Literal["money", "percent", "count", "measure"]
Qualifier = Literal["more_than", "less_than", "at_least", "at_most", "about", "up_to"]
TimeKind = Literal["year", "period", "date", "quarter", "month"]
Role = Literal["result", "estimate", "forecast", "target", "spec"]
Change = Literal["increase", "decrease"]


class Span(BaseModel):
    """A piece of the input: ``text == input[start:end]``."""

    model_config = ConfigDict(frozen=True)

    text: str = Field(description="The span's text, exactly as in the input.")
    start: int = Field(ge=0, description="Character offset of the first character.")
    end: int = Field(ge=0, description="Character offset one past the last character.")


class Entity(BaseModel):
    """One organisation, person or location, with every mention of it."""

    name: str = Field(description="Canonical form: the longest form written in the text.")
    label: EntityLabel
    mentions: list[Span] = Field(default_factory=list)
    id: str | None = Field(
        default=None,
        description='Knowledge-base id, null when unknown: "vn-adm:01" (a Vietnamese '
        'province or commune by its official code), "iso3166:JP" (a country), '
        '"ticker:VCB" (a listed company).',
    )
    merged_into: str | None = Field(
        default=None,
        description="For a former province: the id of the province it became part of in "
        '2025 ("vn-adm:26" → "vn-adm:25").',
    )


class Amount(Span):
    """A number that counts or measures something, with its unit."""

    value: float | None = Field(default=None, description="The plain number; null for ranges.")
    min: float | None = Field(default=None, description="Lower bound of a range.")
    max: float | None = Field(default=None, description="Upper bound of a range.")
    unit: str = Field(description='"VND", "USD", "%", or the unit or counted noun as written.')
    kind: AmountKind
    qualifier: Qualifier | None = None
    per: str | None = Field(
        default=None,
        description='Denominator of a rate or a frequency: "30 triệu đồng/m2" → "m2", '
        '"1.500 doanh nghiệp mỗi năm" → "năm".',
    )
    role: Role | None = Field(
        default=None,
        description='"result" (an actual figure), "estimate" (the actor\'s own estimate of a '
        'period under way), "forecast" (a prediction), "target" (a goal), "spec" (a standing '
        "property: a capacity, a cost, a price); null when the article does not say.",
    )
    metric: str | None = Field(
        default=None,
        description='What is measured, as written ("doanh thu hợp nhất"); null for a count '
        "whose unit says it all.",
    )
    subject: str | None = Field(
        default=None,
        description="Whose figure: the name of an organisation, place or person of the record.",
    )
    year: int | None = Field(default=None, description="The year the figure is for.")
    change: Change | None = Field(
        default=None,
        description='"increase" or "decrease" when the amount is a change ("tăng 13,8%"); '
        "null for a level.",
    )


class TimeRef(Span):
    """A year, period, date, quarter or month the text refers to."""

    kind: TimeKind
    year: int | None = None
    start_year: int | None = None
    end_year: int | None = None
    month: int | None = None
    quarter: int | None = None
    date: str | None = Field(default=None, description='ISO date, e.g. "2025-05-27".')
    relative: bool = Field(
        default=False,
        description='Written relative to the article\'s day ("năm nay", "cuối năm", "quý tới"): '
        "its year (quarter, month) is filled from the published date or a year the article "
        "states for it, null when neither is known.",
    )


class Target(Span):
    """A goal an actor sets for the future; the span is the clause stating it."""

    amount: Amount | None = None
    deadline: int | None = Field(default=None, description="The year the goal is due.")
    metric: str | None = Field(default=None, description="What is measured.")
    owner: str | None = Field(default=None, description="Who set the goal.")
    cue: str | None = Field(default=None, description="The cue phrase that marks a goal.")


class ArticleMeta(BaseModel):
    """What the input said about the article besides its text, and how its bytes were read."""

    id: str | None = Field(default=None, description="The id field of a JSON input.")
    title: str | None = Field(default=None, description="The page or record title.")
    date: str | None = Field(default=None, description="The publication date, as found.")
    encoding: str | None = Field(
        default=None,
        description=(
            "The encoding the input's bytes were decoded from when not UTF-8: 'utf-16-le', "
            "'utf-16-be', 'windows-1258', or a pre-Unicode Vietnamese one ('tcvn3', "
            "'vni-windows', 'viscii'; converted to Unicode NFC); null for UTF-8."
        ),
    )
    replaced: list[int] | None = Field(
        default=None,
        description=(
            "Offsets in the text of the U+FFFD replacement characters put where the input "
            "held bytes that were not valid UTF-8 (one per invalid sequence, in a text "
            "otherwise UTF-8); null when none was replaced."
        ),
    )


class Article(BaseModel):
    """Everything vnextract extracted from one article."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    source: str | None = None
    meta: ArticleMeta | None = Field(
        default=None,
        description=(
            "Id, title and date when the input gave them, and the encoding or replaced "
            "bytes when its bytes were not plain UTF-8; else null."
        ),
    )
    organizations: list[Entity] = Field(default_factory=list)
    persons: list[Entity] = Field(default_factory=list)
    locations: list[Entity] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    years: list[TimeRef] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)


class ErrorInfo(BaseModel):
    """Why an input gave no record."""

    type: str
    message: str


class ErrorRecord(BaseModel):
    """The line a batch writes for an input that could not be processed."""

    source: str
    error: ErrorInfo
