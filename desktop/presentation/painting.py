"""How the presentation window paints: the scene, the drag and drop target, the step
indicator, the dot-voting board, the laser and the flashed notes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from desktop.domain.presentation import edits as edit
from desktop.domain.presentation import workshop_live as live
from desktop.domain.presentation.path import objectives
from desktop.domain.presentation.style import THEMES
from desktop.domain.visuals.visual import Visual


class PresentationPainting:
    """The painting half of PresentationWindow (`self` is the window)."""

    # -- painting ----------------------------------------------------------------------------

    def _show_flash(self, text: str) -> None:
        self._flash = text
        self.message.emit(text)
        self._flash_timer.start(4000)
        self.update()

    def _clear_flash(self) -> None:
        self._flash = ""
        self.update()

    def _style_editor(self) -> None:
        t = THEMES[self.theme]
        px = max(int(self.height() * 0.028), 16)
        self.editor.setStyleSheet(
            f"QLineEdit {{ font-size: {px}px; padding: 4px 10px; color: {t.ink};"
            f" background: {t.background}; border: 3px solid {t.accent}; border-radius: 6px; }}")

    def paintEvent(self, event) -> None:
        from desktop.export_ui.visual_png import paint_visual

        t = THEMES[self.theme]
        p = QPainter(self)
        try:
            p.fillRect(self.rect(), QColor(t.background))
            sv = self.scene_visual()
            if sv is None:
                self._paint_note(p, self.tr("This roadmap has nothing to present yet."))
                return
            o, s = self.origin(), self.scale()
            view = QRectF(self.to_figure(QPointF(0, 0)),
                          self.to_figure(QPointF(self.width(), self.height())))
            items = self._items(sv, view)
            p.save()
            p.translate(o)
            p.scale(s, s)
            paint_visual(p, Visual(sv.visual.width, sv.visual.height, sv.visual.title, items), None)
            self._paint_drag(p, sv, s)
            self._paint_target(p, sv, s)
            p.restore()
            self._paint_indicator(p, sv)
            if self.voting:
                self._paint_votes(p)
            if self.laser and self.rect().contains(self.pointer.toPoint()):
                self._paint_laser(p)
            if self._flash:
                self._paint_note(p, self._flash, top=True)
        finally:
            p.end()

    def _paint_drag(self, p: QPainter, sv, s: float) -> None:
        d = self._drag
        if not d or d["kind"] != "milestone":
            return
        bar = sv.bars.get(d["id"])
        if bar is None:
            return
        dx = (d["now"].x() - d["start"].x()) / s
        new = edit.milestone_date(sv, bar.id, dx)
        cx = sv.axis.x_of(new) + sv.axis.px_per_day / 2 if new else bar.x + bar.w / 2 + dx
        cy, r = bar.y + bar.h / 2, bar.h / 2 + 2
        accent = QColor(THEMES[self.theme].accent)
        p.setPen(QPen(accent, 2.0 / s * 1.5))
        p.setBrush(QBrush(QColor(accent.red(), accent.green(), accent.blue(), 90)))
        p.drawPolygon(QPolygonF([QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r),
                                 QPointF(cx - r, cy)]))
        if new is not None:
            f = QFont(p.font())
            f.setPixelSize(max(int(14 / s * 1.0), 1))
            p.setFont(f)
            p.drawText(QPointF(cx + r + 4, cy - r - 2), new.strftime("%Y-%m"))

    def _paint_target(self, p: QPainter, sv, s: float) -> None:
        """While typing a quick-add title: where the new item will go (lane and months)."""
        if not self._edit_kind or sv.axis is None:
            return
        lane = sv.lane_at(self._edit_at.y())
        if lane is None:
            return
        start = edit.month_start(sv.axis.date_at(min(max(self._edit_at.x(), sv.axis.chart_x0),
                                                     sv.axis.chart_x1 - 1)))
        months = edit.QUICK_MONTHS if self._edit_kind == "action" else 1
        x0, x1 = sv.axis.x_of(start), sv.axis.x_of(edit.add_months(start, months))
        accent = QColor(THEMES[self.theme].accent)
        pen = QPen(accent, 2.5 / s)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        fill = QColor(accent)
        fill.setAlpha(50)
        p.setBrush(fill)
        p.drawRoundedRect(QRectF(x0, lane.y0 + 3, max(x1 - x0, 4), lane.y1 - lane.y0 - 6), 3, 3)

    def _paint_indicator(self, p: QPainter, sv) -> None:
        t = THEMES[self.theme]
        n = len(self.cache)
        parts = [f"{self.nav.index + 1}/{n}", sv.scene.title]
        if sv.n_steps > 1:
            parts.append(f"{sv.step_names[min(self.nav.step, sv.n_steps - 1)]} "
                         f"({min(self.nav.step, sv.n_steps - 1) + 1}/{sv.n_steps})")
        if self.path_objective:
            label = dict(objectives(self.cache.doc)).get(self.path_objective, "")
            parts.append(self.tr("Path: %1").replace("%1", label))
        if self.scenario is not None:
            parts.append(self.tr("Scenario: %1").replace("%1", self.scenario[1]))
        text = "  ·  ".join(parts)
        f = QFont(p.font())
        f.setPixelSize(max(int(self.height() * 0.017), 12))
        p.setFont(f)
        fm = p.fontMetrics()
        m = int(self.height() * 0.012) + 4
        tw = min(fm.horizontalAdvance(text) + 2 * f.pixelSize(), self.width() - 2 * m)
        th = fm.height() + f.pixelSize() * 0.6
        box = QRectF(self.width() - m - tw, self.height() - m - th, tw, th)
        bg = QColor(t.background)
        bg.setAlpha(215)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(bg)
        p.drawRoundedRect(box, th / 2, th / 2)
        p.setPen(QColor(t.muted))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter,
                   fm.elidedText(text, Qt.TextElideMode.ElideMiddle, int(tw - f.pixelSize())))

    def vote_board_lines(self) -> list[tuple[str, int]]:
        """The rows of the voting board as shown: (number and label, dots)."""
        totals = self.vote_totals()
        return [(f"{i + 1}  {label}" if i < 9 else label, totals.get(oid, 0))
                for i, (oid, label) in enumerate(self.vote_options())]

    def _paint_votes(self, p: QPainter) -> None:
        """The dot-voting board over the scene: the options with their dots, live."""
        t = THEMES[self.theme]
        W, H = self.width(), self.height()
        box = QRectF(W * 0.08, H * 0.08, W * 0.84, H * 0.84)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        bg = QColor(t.background)
        bg.setAlpha(245)
        p.setPen(QPen(QColor(t.accent), 3))
        p.setBrush(bg)
        p.drawRoundedRect(box, 12, 12)
        title_px = max(int(H * 0.034), 16)
        f = QFont(p.font())
        f.setPixelSize(title_px)
        f.setBold(True)
        p.setFont(f)
        p.setPen(QColor(t.ink))
        pad = W * 0.02
        heading = self.tr("Dot voting: %1").replace("%1", live.words(self.lang)[self.vote_subject])
        p.drawText(QRectF(box.left() + pad, box.top() + pad * 0.6, box.width() - 2 * pad, title_px * 1.5),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)
        f.setBold(False)
        f.setPixelSize(max(int(H * 0.018), 11))
        p.setFont(f)
        p.setPen(QColor(t.muted))
        workshop = self.rows.row("workshop", self.vote_workshop) if self.vote_workshop else None
        who = self.participant or self.tr("anonymous")
        sub = self.tr("Workshop: %1 · dots from: %2 · voters: %3").replace(
            "%1", (workshop or {}).get("title") or self.tr("none")).replace("%2", who).replace(
            "%3", str(live.voters(self.rows.rows("dot_vote"), self.vote_subject, self.vote_workshop)))
        top = box.top() + pad * 0.6 + title_px * 1.6
        p.drawText(QRectF(box.left() + pad, top, box.width() - 2 * pad, f.pixelSize() * 1.5),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, sub)
        lines = self.vote_board_lines()
        hint = self.tr("1–9 or Space: a dot · − take one back · ↑↓ choose · ←→ visions / opportunities / "
                       "programmes · Enter: participant · V: close")
        bottom = box.bottom() - pad * 0.5 - f.pixelSize() * 1.6
        p.drawText(QRectF(box.left() + pad, bottom, box.width() - 2 * pad, f.pixelSize() * 1.5),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, hint)
        top += f.pixelSize() * 2.2
        if not lines:
            p.drawText(QRectF(box.left() + pad, top, box.width() - 2 * pad, f.pixelSize() * 2),
                       Qt.AlignmentFlag.AlignLeft, self.tr("Nothing to vote on yet"))
            return
        self._paint_vote_rows(p, t, box, pad, lines, top, bottom)

    def _paint_vote_rows(self, p: QPainter, t, box: QRectF, pad: float, lines: list[tuple[str, int]],
                         top: float, bottom: float) -> None:
        """The voting board's rows from `top` to `bottom`: each option's label, its dots and
        their number; the chosen row highlighted."""
        H = self.height()
        row_h = min((bottom - top) / len(lines), H * 0.06)
        most = max([n for _, n in lines] + [1])
        lf = QFont(p.font())
        lf.setPixelSize(max(int(row_h * 0.45), 9))
        p.setFont(lf)
        label_w = box.width() * 0.45
        bar_x = box.left() + pad + label_w + pad * 0.5
        bar_w = box.right() - pad - bar_x - lf.pixelSize() * 3
        for i, (label, n) in enumerate(lines):
            y = top + i * row_h
            if i == self.vote_cursor:
                sel = QColor(t.accent)
                sel.setAlpha(40)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(sel)
                p.drawRoundedRect(QRectF(box.left() + pad * 0.5, y, box.width() - pad, row_h * 0.92), 6, 6)
            p.setPen(QColor(t.ink))
            fm = p.fontMetrics()
            p.drawText(QRectF(box.left() + pad, y, label_w, row_h * 0.92), Qt.AlignmentFlag.AlignLeft
                       | Qt.AlignmentFlag.AlignVCenter, fm.elidedText(label, Qt.TextElideMode.ElideRight,
                                                                         int(label_w)))
            r = min(row_h * 0.22, bar_w / max(most, 1) / 2.4)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(t.accent))
            for k in range(n):
                p.drawEllipse(QPointF(bar_x + r + k * r * 2.4, y + row_h * 0.46), r, r)
            p.setPen(QColor(t.ink))
            p.drawText(QRectF(box.right() - pad - lf.pixelSize() * 3, y, lf.pixelSize() * 3, row_h * 0.92),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(n))

    def _paint_laser(self, p: QPainter) -> None:
        r = max(self.height() * 0.09, 40)
        c = self.pointer
        shade = QPainterPath()
        shade.setFillRule(Qt.FillRule.OddEvenFill)
        shade.addRect(QRectF(self.rect()))
        shade.addEllipse(c, r, r)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillPath(shade, QColor(0, 0, 0, 110 if self.theme == "light" else 150))
        accent = QColor(THEMES[self.theme].accent)
        p.setPen(QPen(accent, 3))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(c, r, r)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(accent)
        p.drawEllipse(c, 6, 6)

    def _paint_note(self, p: QPainter, text: str, top: bool = False) -> None:
        t = THEMES[self.theme]
        f = QFont(p.font())
        f.setPixelSize(max(int(self.height() * 0.024), 14))
        p.setFont(f)
        box = QRectF(self.width() * 0.1, self.height() * (0.03 if top else 0.45),
                     self.width() * 0.8, f.pixelSize() * 2.2)
        if top:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(t.accent))
            p.drawRoundedRect(box, 8, 8)
            p.setPen(QColor("#ffffff"))
        else:
            p.setPen(QColor(t.ink))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
