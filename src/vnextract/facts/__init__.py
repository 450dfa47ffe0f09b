"""What each amount says: its role, metric, subject, year and change.

``describe_amounts`` reads the article's amounts in text order and answers,
for each, five questions (GUIDELINES "What each amount says"): is it a result,
an estimate, a forecast, a target or a standing property (``role``); what does
it measure (``metric``); whose figure is it (``subject``); which year is it for
(``year``); is it a change (``change``). Each answer comes from named rules in
its own module (``change``, ``year``, ``subject``, ``metric``); the cue words
live in ``models/facts/vi_fact_cues.tsv``.

An amount that a target holds takes the target's view: role "target", the
target's metric, its owner as subject (a state body's goals are its
place's: "Chính phủ" → the country) and its deadline as year (each where the
target has one). Where the subject rules read the figure as another's and the
goal's sentence does not name the target's owner setting it ("X đặt mục tiêu"),
the target takes the figure's owner instead (rule ``figure_owner``), so that
there too the target's owner is its amount's subject.

The role comes from the role stage (``vnextract.roles.amount_roles``), which
the targets are built on too.

>>> from vnextract.document import Document
>>> from vnextract.amounts import find_amounts
>>> from vnextract.roles import amount_roles
>>> from vnextract.years import find_years
>>> doc = Document.from_text("Năm 2024, doanh thu hợp nhất ước đạt 12,4 nghìn tỷ đồng, tăng 8,2%.")
>>> amounts = find_amounts(doc.text)
>>> roles = amount_roles(doc, amounts, [])
>>> facts = describe_amounts(doc, amounts, find_years(doc.text), [], [], roles=roles)
>>> [f["metric"] for f in facts]
['doanh thu hợp nhất', 'doanh thu hợp nhất']
>>> [(f["role"], f["year"], f["change"]) for f in facts]
[('estimate', 2024, None), ('estimate', 2024, 'increase')]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from vnextract.document import Document
from vnextract.facts.change import change_of
from vnextract.facts.context import ArticleContext
from vnextract.facts.metric import (
    article_cues,
    count_change,
    list_item,
    metric_rule,
    respectively,
    same_unit_before,
    target_metric,
)
from vnextract.facts.subject import ArticleSubjects
from vnextract.facts.year import ATTACHED_RULES, ArticleYears
from vnextract.roles import body_twins, deal_name, headline_end
from vnextract.schema import Amount, Change, Entity, Role, Target, TimeRef

__all__ = ["AmountFacts", "describe_amounts"]


class AmountFacts(TypedDict):
    """The five fields an ``Amount`` gains; None where the article does not say."""

    role: Role | None
    metric: str | None
    subject: str | None
    year: int | None
    change: Change | None


def describe_amounts(
    doc: Document,
    amounts: Sequence[Amount],
    years: Sequence[TimeRef],
    entities: Sequence[Entity],
    targets: Sequence[Target],
    *,
    roles: Sequence[Role | None],
    published_year: int | None = None,
    owners: dict[int, str | None] | None = None,
) -> list[AmountFacts]:
    """Say what each amount of ``doc`` is about.

    Args:
        doc: the normalised article and its sentences.
        amounts: its amounts, in text order (offsets into ``doc.text``).
        years: its time references.
        entities: its organisations, persons and places.
        targets: its targets; an amount a target holds takes the target's view.
        roles: one role per amount, from the role stage (``vnextract.roles``).
        published_year: the year the article was published, for an article that
            names no year.
        owners: when given, gets for each target whose owner the facts stage reads
            otherwise (``ArticleSubjects.read_owner``) the target's ``id`` and that owner:
            an organisation a place stands for, or None for a place that is only a setting
            of the goal ("tham dự Giải vô địch châu Á tại Hàn Quốc, mục tiêu giành …"),
            whose amount's subject is then read as any figure's is; or the owner the
            subject rules read for the goal's figure, when its sentence does not name the
            targets stage's owner setting the goal (rule ``figure_owner``).

    Returns:
        One ``AmountFacts`` per amount, in the order of ``amounts``.
    """
    ctx = ArticleContext.build(doc.text, doc.sentences, years, entities)
    by_year = ArticleYears(ctx, published_year, amounts)
    by_subject = ArticleSubjects(ctx, amounts)
    held = {id(t.amount): t for t in targets if t.amount is not None}
    out: list[AmountFacts] = []
    metrics: list[str | None] = []  # the metrics of the amounts described so far
    prev: Amount | None = None
    prev_change: Change | None = None
    prev_metric: str | None = None
    last_contribution: str | None = None
    present = article_cues(ctx)  # the rare metric cues the article holds
    for i, a in enumerate(amounts):
        same_sentence = prev is not None and ctx.sentence(prev.start) == ctx.sentence(a.start)
        change = change_of(ctx, a, (prev, prev_change) if prev is not None else None)
        metric, rule = metric_rule(
            ctx,
            a,
            (prev, prev_metric) if prev is not None and same_sentence else None,
            prev.end if prev is not None and same_sentence else None,
            present,
        )
        if rule == "contribution":  # "…, đóng góp 1,2 điểm phần trăm": the one named last
            metric = last_contribution = metric or last_contribution
        metric = respectively(ctx, amounts, i, metrics) or metric
        if metric is None or rule == "same_as_before":
            metric = same_unit_before(ctx, amounts, i, metrics, metric)
        if metric is None:
            metric = list_item(ctx, amounts, i, metrics)
        if metric is None:
            metric = count_change(ctx, amounts, i, metrics)
        role: Role | None = roles[i]
        if role == "spec":
            # rule deal_value: a deal's value measures the deal ("hợp đồng tài trợ … trị giá
            # 45 tỷ đồng"), not its "trị giá" (the role stage's rule valued_deal)
            metric = deal_name(doc.text, a.start, ctx.sentence(a.start)[0]) or metric
        subject = by_subject.subject_of(a, role, metric)
        year, year_rule = by_year.dated(
            a, standing=role == "spec", reported=role in ("result", "estimate")
        )
        target = held.get(id(a))
        if target is not None:
            role = "target"
            if target.deadline is not None:
                year = target.deadline
            elif year_rule in _FAR_RULES:
                # rule undated_goal: a goal whose statement names no time is for no year an
                # earlier sentence named ("công ty sẽ tăng sản lượng … lên 13-14 triệu sản
                # phẩm/tháng" after a report of 2021)
                year = None
            # the target's metric, unless it holds only verbs ("tăng" in "tăng 8%")
            # (a metric read by a rule that names it exactly stays: "cổ tức", "X% tổng doanh thu")
            metric = target_metric(a, target.metric, metric, rule)
            if target.owner:
                owner = by_subject.read_owner(target.owner, target.start, target.end)
                owned = by_subject.owner_subject(owner) if owner is not None else None
                if owned is not None and (
                    subject is None
                    or owned == subject
                    or by_subject.sets_goal(target.owner, target.start, a.start)
                ):
                    subject = by_subject.last = owned
                elif owned is not None:
                    # rule ``figure_owner``: where the subject rules read another owner of the
                    # figure than the targets stage found for its goal, and the goal's sentence
                    # does not name that one setting it ("X đặt mục tiêu …"), the figure's
                    # reading holds for both: the targets stage finds an owner for every goal,
                    # from a source ("Theo UBND tỉnh, khu công nghiệp phấn đấu …"), a
                    # recipient ("trình Tập đoàn … kế hoạch …") or the paragraph, where the
                    # subject rules read who the figure is of
                    owner = subject
                if owner != target.owner and owners is not None:
                    owners[id(target)] = owner
        out.append(AmountFacts(role=role, metric=metric, subject=subject, year=year, change=change))
        metrics.append(metric)
        prev, prev_change, prev_metric = a, change, metric
    return _headline_years(doc.text, amounts, by_year, out)


# the year rules that read a time outside the amount's sentence
_FAR_RULES = frozenset(("carried", "carried_far", "article"))


def _headline_years(
    text: str, amounts: Sequence[Amount], by_year: ArticleYears, facts: list[AmountFacts]
) -> list[AmountFacts]:
    """Rule ``headline_year``: a headline's figure whose own time is not attached to it is
    for the year the body gives the same figure ("Xuất khẩu cà phê 10 tháng thu về 7,6 tỷ
    USD" and "10 tháng đầu năm 2025, … trị giá 7,6 tỷ USD"; "Hòa Phát sản xuất 10,8 triệu
    tấn thép sau 10 tháng, lò cao số 2 chạy thương mại từ quý I/2027": not 2027)."""
    head_end = headline_end(text)
    index = {id(a): i for i, a in enumerate(amounts)}
    for head_id, twin in body_twins(sorted(amounts, key=lambda a: a.start), head_end).items():
        i, j = index[head_id], index[id(twin)]
        if facts[j]["year"] is None or facts[i]["role"] == "target":
            continue
        if by_year.explain(amounts[i])[1] not in ATTACHED_RULES:
            facts[i]["year"] = facts[j]["year"]
    return facts
