"""What funders and cluster boards ask, computed from a roadmap document (Qt-free).

* **Leverage** = private money ÷ public money; **co-financing share** = private ÷ (public +
  private). Per programme and in total they come from the projects of the portfolio
  (`project.public_eur`, `project.private_eur`; a project counts for its programme). Per
  partner they come from the partners' shares in the projects (`project_partner`).
  Projects that were rejected or stopped, or are still an idea, are left out of the
  figures: they are not money the cluster moves (see `COUNTED`).
* **TRL mix**: the portfolio's projects and their budget by the TRL band they end in
  (1–3 research, 4–6 development, 7–9 demonstration and market), and the bands they start in.
* **Commitment coverage per programme**: the commitments linked to the programme (directly,
  or through one of its actions or projects) by status, and the share of the programme's
  planned budget (its actions' `budget_eur`) that signed commitments cover.
* **KPI on track per year**: for a year, the KPI's target of that year (`kpi_target`)
  against its result of that year (the last measurement whose reporting year — or, when
  that is empty, the year of its date — is that year).

Every function takes the document as `db.interchange.export_document` returns it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop.domain.words import nl_en

#: project statuses whose money is counted in leverage and the TRL mix
COUNTED = frozenset({"submitted", "approved", "running", "finished"})
#: project statuses that have the money (approved or later)
SECURED = frozenset({"approved", "running", "finished"})
TRL_BANDS = ("1-3", "4-6", "7-9")
COMMITMENT_FUNNEL = ("intended", "announced", "signed")

MET, CLOSE, MISSED, NO_RESULT, NO_TARGET = "met", "close", "missed", "no_result", "no_target"
YEAR_LIGHTS = (MET, CLOSE, MISSED, NO_RESULT, NO_TARGET)
#: a result short of its yearly target by at most this share of the planned change is "close"
CLOSE_MARGIN = 0.10
YEAR_LABEL = {
    "nl": {MET: "gehaald", CLOSE: "net niet gehaald", MISSED: "niet gehaald",
           NO_RESULT: "geen resultaat", NO_TARGET: "geen jaardoel"},
    "en": {MET: "met", CLOSE: "narrowly missed", MISSED: "missed",
           NO_RESULT: "no result", NO_TARGET: "no yearly target"},
}


def _money(value) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0


@dataclass(frozen=True)
class Money:
    """Public and private money of a group of projects (or of a partner's shares)."""

    public: float = 0.0
    private: float = 0.0
    projects: int = 0

    @property
    def total(self) -> float:
        return self.public + self.private

    @property
    def leverage(self) -> float | None:
        """Private ÷ public; None without public money."""
        return self.private / self.public if self.public > 0 else None

    @property
    def cofinancing(self) -> float | None:
        """Private ÷ (public + private); None without money."""
        return self.private / self.total if self.total > 0 else None

    def __add__(self, other: Money) -> Money:
        return Money(self.public + other.public, self.private + other.private,
                     self.projects + other.projects)


def counted_projects(doc: Mapping) -> list[dict]:
    """The projects whose money counts (submitted, approved, running or finished)."""
    return [p for p in doc.get("project") or [] if p.get("status") in COUNTED]


@dataclass
class Leverage:
    total: Money
    secured: Money
    by_programme: dict[str | None, Money]
    by_partner: dict[str, Money]
    by_kind: dict[str | None, Money]


def leverage(doc: Mapping) -> Leverage:
    """Leverage and co-financing in total, of the secured projects, per programme, per partner
    and per project kind."""
    projects = counted_projects(doc)
    ids = {p["id"] for p in projects}
    total, secured = Money(), Money()
    by_programme: dict[str | None, Money] = {}
    by_kind: dict[str | None, Money] = {}
    for p in projects:
        m = Money(_money(p.get("public_eur")), _money(p.get("private_eur")), 1)
        total += m
        if p.get("status") in SECURED:
            secured += m
        key = p.get("programme_id")
        by_programme[key] = by_programme.get(key, Money()) + m
        by_kind[p.get("kind")] = by_kind.get(p.get("kind"), Money()) + m
    by_partner: dict[str, Money] = {}
    for pp in doc.get("project_partner") or []:
        if pp.get("project_id") not in ids:
            continue
        m = Money(_money(pp.get("public_eur")), _money(pp.get("private_eur")), 1)
        by_partner[pp["partner_id"]] = by_partner.get(pp["partner_id"], Money()) + m
    return Leverage(total, secured, by_programme, by_partner, by_kind)


def trl_band(trl) -> str | None:
    if not isinstance(trl, int) or isinstance(trl, bool) or not 1 <= trl <= 9:
        return None
    return TRL_BANDS[(trl - 1) // 3]


@dataclass
class TrlMix:
    """Projects (count and total budget) by the TRL band they end in and start in."""

    end_count: dict[str, int]
    end_budget: dict[str, float]
    start_count: dict[str, int]
    unknown: int  # projects without a TRL at the end

    @property
    def total(self) -> int:
        return sum(self.end_count.values()) + self.unknown


def trl_mix(doc: Mapping) -> TrlMix:
    end_count = dict.fromkeys(TRL_BANDS, 0)
    end_budget = dict.fromkeys(TRL_BANDS, 0.0)
    start_count = dict.fromkeys(TRL_BANDS, 0)
    unknown = 0
    for p in counted_projects(doc):
        band = trl_band(p.get("trl_end"))
        start = trl_band(p.get("trl_start"))
        if start:
            start_count[start] += 1
        if band is None:
            unknown += 1
            continue
        end_count[band] += 1
        end_budget[band] += _money(p.get("public_eur")) + _money(p.get("private_eur"))
    return TrlMix(end_count, end_budget, start_count, unknown)


@dataclass
class Coverage:
    """The commitments of one programme."""

    programme: dict
    amount: dict[str, float] = field(default_factory=lambda: dict.fromkeys(COMMITMENT_FUNNEL, 0.0))
    count: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COMMITMENT_FUNNEL, 0))
    planned: float = 0.0  # the programme's actions' budget

    @property
    def covered(self) -> float | None:
        """Share of the planned budget covered by signed commitments (None without a plan)."""
        return self.amount["signed"] / self.planned if self.planned > 0 else None

    @property
    def backed(self) -> bool:
        """At least one announced or signed commitment."""
        return self.count["announced"] + self.count["signed"] > 0


def commitment_programme(doc: Mapping, c: dict, *, actions: Mapping | None = None,
                         projects: Mapping | None = None) -> str | None:
    """The programme a commitment supports: its own, else its action's, else its project's."""
    if c.get("programme_id"):
        return c["programme_id"]
    actions = actions if actions is not None else {a["id"]: a for a in doc.get("action") or []}
    projects = projects if projects is not None else {p["id"]: p for p in doc.get("project") or []}
    a = actions.get(c.get("action_id"))
    if a and a.get("programme_id"):
        return a["programme_id"]
    p = projects.get(c.get("project_id"))
    return p.get("programme_id") if p else None


def commitment_coverage(doc: Mapping) -> list[Coverage]:
    """Commitment coverage of every programme, in the programmes' order."""
    out = {p["id"]: Coverage(p) for p in doc.get("programme") or []}
    actions = {a["id"]: a for a in doc.get("action") or []}
    projects = {p["id"]: p for p in doc.get("project") or []}
    for a in actions.values():
        cov = out.get(a.get("programme_id"))
        if cov is not None:
            cov.planned += _money(a.get("budget_eur"))
    for c in doc.get("commitment") or []:
        cov = out.get(commitment_programme(doc, c, actions=actions, projects=projects))
        status = c.get("status")
        if cov is None or status not in COMMITMENT_FUNNEL:
            continue
        cov.count[status] += 1
        cov.amount[status] += _money(c.get("amount_eur"))
    return list(out.values())


def commitment_matrix(doc: Mapping) -> tuple[list[dict], list[dict | None], dict[tuple[str, str | None], list[dict]]]:
    """Partners (with commitments) × programmes: the commitments in each cell.

    Returns (partners, programmes, cells); the last programme column is None for commitments
    that support no programme, present only when there are such."""
    actions = {a["id"]: a for a in doc.get("action") or []}
    projects = {p["id"]: p for p in doc.get("project") or []}
    cells: dict[tuple[str, str | None], list[dict]] = {}
    for c in doc.get("commitment") or []:
        prog = commitment_programme(doc, c, actions=actions, projects=projects)
        cells.setdefault((c.get("partner_id"), prog), []).append(c)
    used_partners = {k[0] for k in cells}
    used_programmes = {k[1] for k in cells}
    partners = [p for p in doc.get("partner") or [] if p["id"] in used_partners]
    programmes: list[dict | None] = list(doc.get("programme") or [])
    if None in used_programmes:
        programmes.append(None)
    return partners, programmes, cells


# -- KPIs per year ----------------------------------------------------------------------------

def measurement_year(m: Mapping) -> int | None:
    """The reporting year of a measurement: its `year`, else the year of its date."""
    if isinstance(m.get("year"), int):
        return m["year"]
    d = m.get("date")
    if isinstance(d, str) and len(d) >= 4 and d[:4].isdigit():
        return int(d[:4])
    return None


def _decreasing(kpi: Mapping, targets: Iterable[float]) -> bool:
    base, goal = kpi.get("baseline_value"), kpi.get("target_value")
    if base is not None and goal is not None and goal != base:
        return goal < base
    vals = list(targets)
    return len(vals) >= 2 and vals[-1] < vals[0]


@dataclass
class KpiYear:
    """One KPI in one year."""

    kpi: dict
    year: int
    target: float | None
    result: float | None
    previous: float | None  # result of the year before (the baseline when that is its year)
    light: str
    note: str = ""

    @property
    def change(self) -> float | None:
        """Result minus the previous year's result."""
        if self.result is None or self.previous is None:
            return None
        return self.result - self.previous


def yearly_results(doc: Mapping, kpi_id: str) -> dict[int, dict]:
    """The last measurement of each reporting year of a KPI (by date)."""
    out: dict[int, dict] = {}
    for m in sorted((m for m in doc.get("kpi_measurement") or [] if m.get("kpi_id") == kpi_id),
                    key=lambda m: m.get("date") or ""):
        y = measurement_year(m)
        if y is not None and m.get("value") is not None:
            out[y] = m
    return out


def yearly_targets_by_kpi(doc: Mapping) -> dict[str, dict[int, float]]:
    """Every KPI's yearly targets (year -> value), by KPI id, in one pass over the targets."""
    out: dict[str, dict[int, float]] = {}
    for t in doc.get("kpi_target") or []:
        if t.get("year") is not None and t.get("value") is not None:
            out.setdefault(t.get("kpi_id"), {})[t["year"]] = float(t["value"])
    return out


def yearly_targets(doc: Mapping, kpi_id: str) -> dict[int, float]:
    return yearly_targets_by_kpi(doc).get(kpi_id, {})


def kpi_year(doc: Mapping, kpi: dict, year: int, *, targets: dict[int, float] | None = None,
             results: dict[int, dict] | None = None) -> KpiYear:
    targets = yearly_targets(doc, kpi["id"]) if targets is None else targets
    results = yearly_results(doc, kpi["id"]) if results is None else results
    target = targets.get(year)
    m = results.get(year)
    result = float(m["value"]) if m else None
    prev = results.get(year - 1)
    previous = float(prev["value"]) if prev else None
    if previous is None and kpi.get("baseline_year") == year - 1 and kpi.get("baseline_value") is not None:
        previous = float(kpi["baseline_value"])  # the baseline is the result of its year
    if target is None:
        light = NO_TARGET
    elif result is None:
        light = NO_RESULT
    else:
        down = _decreasing(kpi, [targets[y] for y in sorted(targets)])
        gap = (target - result) if down else (result - target)  # >= 0: met
        base = kpi.get("baseline_value")
        step = abs(target - float(base)) if base is not None else abs(target)
        if gap >= 0:
            light = MET
        elif step > 0 and -gap <= CLOSE_MARGIN * step:
            light = CLOSE
        else:
            light = MISSED
    return KpiYear(kpi, year, target, result, previous, light, (m or {}).get("note") or "")


def kpis_in_year(doc: Mapping, year: int) -> list[KpiYear]:
    """Every KPI in `year`, in the KPIs' order."""
    return [kpi_year(doc, k, year) for k in doc.get("kpi") or []]


def kpi_years(doc: Mapping) -> list[int]:
    """Every year that has a KPI target or result, ascending."""
    years = {t["year"] for t in doc.get("kpi_target") or [] if t.get("year") is not None}
    years |= {y for y in (measurement_year(m) for m in doc.get("kpi_measurement") or []) if y}
    return sorted(years)


def on_track_per_year(doc: Mapping) -> dict[int, dict[str, int]]:
    """Per year, how many KPIs met, narrowly missed or missed their target (and the rest)."""
    out: dict[int, dict[str, int]] = {}
    for y in kpi_years(doc):
        counts = dict.fromkeys(YEAR_LIGHTS, 0)
        for ky in kpis_in_year(doc, y):
            counts[ky.light] += 1
        out[y] = counts
    return out


def indicator_series(doc: Mapping, indicator_id: str) -> list[tuple[int, float]]:
    """An indicator's values by year: its time series, plus its baseline value and year."""
    points: dict[int, float] = {}
    ind = next((i for i in doc.get("indicator") or [] if i["id"] == indicator_id), None)
    if ind and ind.get("year") is not None and ind.get("value") is not None:
        points[ind["year"]] = float(ind["value"])
    for v in doc.get("indicator_value") or []:
        if v.get("indicator_id") == indicator_id and v.get("year") is not None and v.get("value") is not None:
            points[v["year"]] = float(v["value"])
    return sorted(points.items())


def ratio_text(value: float | None, lang: str) -> str:
    """A leverage as funders write it: "1 : 1,45" (nl) / "1 : 1.45" (en); "–" without one."""
    if value is None:
        return "–"
    text = f"{value:.2f}"
    return "1 : " + (nl_en(lang, text.replace(".", ","), text))


def share_text(value: float | None, lang: str) -> str:
    """A share as a whole percentage ("–" without one)."""
    if value is None:
        return "–"
    return nl_en(lang, f"{round(value * 100)}\u00a0%", f"{round(value * 100)}%")
