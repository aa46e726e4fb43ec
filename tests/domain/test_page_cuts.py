"""Where a tall figure is cut over pages (visual_pages.split), Qt-free."""

from desktop.domain.visuals.visual import Visual
from desktop.domain.visuals.visual_pages import _bands


def _lanes_figure(lanes: int, lane_h: float, row_h: float = 50.0) -> Visual:
    head, foot = 50.0, 50.0 + lanes * lane_h
    rows = tuple(head + r * row_h for r in range(1, int(lanes * lane_h / row_h)))
    return Visual(400, foot + 50, breaks=rows, lane_breaks=tuple(head + i * lane_h for i in range(lanes + 1)),
                  head=head, foot=foot)


def test_a_lane_that_fits_on_a_page_is_not_cut_even_at_the_cost_of_a_page():
    """Three lanes of 300 pt, 450 pt of room a page: two pages would cut the middle lane
    between its rows; three pages show each lane whole."""
    v = _lanes_figure(3, 300.0)
    bands = _bands(v, 450.0 + 100.0, whole_lanes=True)
    lane_breaks = set(v.lane_breaks)
    assert all(a in lane_breaks and b in lane_breaks for a, b in bands), bands
    assert len(bands) == 3


def test_a_lane_taller_than_a_page_is_still_cut_between_its_rows():
    v = _lanes_figure(2, 600.0)
    bands = _bands(v, 450.0 + 100.0, whole_lanes=True)
    assert all(b - a <= 450.0 + 1e-6 for a, b in bands)
    assert bands[0][0] == v.head and bands[-1][1] == v.foot
    assert all(bands[i][1] == bands[i + 1][0] for i in range(len(bands) - 1))


def test_part_b_pages_cut_between_lanes_and_strips():
    """The demo's first chain with its projects and KPI strips, cut at the A4 landscape
    room: every page starts and ends between lanes (or where a strip starts), since each
    lane and strip fits on a page."""
    from db.interchange import load_json
    from desktop.domain.paths import demo_json
    from desktop.domain.visuals.part_b import part_b_visual

    doc = load_json(demo_json())
    v = part_b_visual(doc, doc["value_chain"][0]["id"], "nl", {"projects": True, "kpi_milestones": True})
    edges = sorted(set(v.lane_breaks) | {v.head, v.foot})
    room = 300.0
    assert max(b - a for a, b in zip(edges, edges[1:])) <= room  # each lane and strip fits
    bands = _bands(v, room + v.head + v.height - v.foot, whole_lanes=True)
    assert len(bands) > 2
    assert all(a in edges and b in edges for a, b in bands), (bands, edges)


def test_a_poster_keeps_the_fewest_pages():
    """Without whole_lanes (posters: every sheet well filled) the fewest pieces still win."""
    assert len(_bands(_lanes_figure(3, 300.0), 450.0 + 100.0)) == 2
