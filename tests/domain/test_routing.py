"""Dependency arrow routes."""

from desktop.domain.visuals.routing import Box, ObstacleIndex, arrow_head, route


def _orthogonal(points):
    return all(a[0] == b[0] or a[1] == b[1] for a, b in zip(points, points[1:]))


def test_same_row_is_straight():
    pts = route(Box(0, 0, 50, 10), Box(80, 0, 120, 10))
    assert pts == ((50, 5), (80, 5))


def test_z_route_avoids_a_box_when_it_can():
    src, dst = Box(0, 0, 50, 10), Box(150, 40, 200, 50)
    blocker = Box(135, 15, 147, 35)  # between the rows, where the default leg would run
    index = ObstacleIndex([("s", src), ("d", dst), ("x", blocker)])
    pts = route(src, dst, obstacles=index, skip=("s", "d"))
    assert pts[0] == (50, 5) and pts[-1] == (150, 45)
    assert _orthogonal(pts)
    assert index.path_crossings(pts, ("s", "d")) == 0


def test_overlapping_spans_detour_through_the_gutter():
    src, dst = Box(0, 0, 100, 10), Box(60, 30, 160, 40)
    pts = route(src, dst, gutter=3.0)
    assert pts[0] == (100, 5) and pts[-1] == (60, 35)
    assert _orthogonal(pts)
    assert any(y == 13.0 for _x, y in pts)  # runs in the gutter below src


def test_start_start_and_finish_finish():
    ss = route(Box(10, 0, 50, 10), Box(30, 20, 60, 30), "start_start")
    assert ss[0] == (10, 5) and ss[-1] == (30, 25) and min(x for x, _ in ss) < 10
    ff = route(Box(10, 0, 50, 10), Box(30, 20, 60, 30), "finish_finish")
    assert ff[0] == (50, 5) and ff[-1] == (60, 25) and max(x for x, _ in ff) > 60


def test_arrow_head_points_along_the_last_segment():
    tip, a, b = arrow_head((10, 0), (0, 0), length=6, half_width=3)
    assert tip == (10, 0) and a[0] == b[0] == 4 and sorted((a[1], b[1])) == [-3, 3]


def test_arrow_goes_round_the_source_label_through_the_gutter():
    """A source bar with its label on the right: the arrow leaves by the bar's lower edge
    and runs in the gutter instead of through the label."""
    src, dst = Box(0, 0, 40, 10), Box(200, 20, 240, 30)
    label = Box(44, -2, 150, 12)
    index = ObstacleIndex([(("s", "bar"), src), (("d", "bar"), dst), (("s", "label"), label)])
    plain = route(src, dst, obstacles=index, skip=(("s", "bar"), ("d", "bar"), ("s", "label")))
    assert index.path_crossings(plain, (("s", "bar"), ("d", "bar"))) > 0  # through the label
    around = route(src, dst, obstacles=index, skip=(("s", "bar"), ("d", "bar")), labels=(("s", "label"),),
                   src_label_right=True)
    assert index.path_crossings(around, (("s", "bar"), ("d", "bar"))) == 0
    assert around[0][1] == src.y1 and around[-1] == (dst.x0, dst.cy)
