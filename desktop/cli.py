"""Command line entry point `routekaart`.

    routekaart [FILE.roadmap]            open the app (on FILE, if given)
    routekaart --demo                    open the app on a fresh copy of the demo roadmap;
                                         without a display, export the demo instead
    routekaart demo-export [--out DIR]   export the demo to DOCX, PDF, poster, PNG, SVG and JSON
    routekaart export-json FILE OUT.json
    routekaart import-json IN.json OUT.roadmap
    routekaart export FILE [--docx OUT] [--pdf OUT] [--poster OUT.pdf [--paper A3|A2]
                      [--visual all|overview|value_chain:ID]] [--png DIR] [--svg DIR]
                      [--dpi 300] [--lang nl|en] [--sections ch1,...,annex] [--include-empty]
    routekaart monitoring-report FILE [--docx OUT] [--pdf OUT] [--lang nl|en]
    routekaart progress-report FILE --year YYYY [--docx OUT] [--pdf OUT] [--lang nl|en]
    routekaart rollup A.roadmap B.roadmap ... [--docx OUT] [--pdf OUT] [--lang nl|en]
    routekaart process-docs FILE --out DIR [--lang nl|en]
                      [--since REVISION.roadmap|.json]
    routekaart deck FILE OUT.pptx [--lang nl|en]
    routekaart serve [--host H] [--port P] --data DIR [--token-file F]
                     [--tls-cert C --tls-key K]  run the live co-editing server (db/live)
    routekaart --self-test               export the demo offscreen and exit (bundle check)

Commands that need no window never import Qt; only PNG images (also the figures of a
.docx report) are painted with Qt, offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from db.errors import RoadmapError

COMMANDS = ("demo-export", "export-json", "import-json", "export", "monitoring-report", "progress-report", "rollup",
            "process-docs",
            "deck", "serve")


def _fail(message: str) -> int:
    print(f"routekaart: error: {message}", file=sys.stderr)
    return 1


def cmd_export_json(args: argparse.Namespace) -> int:
    from db.interchange import export_json
    from db.store import RoadmapStore

    with RoadmapStore.open(args.file, read_only=True) as store:
        out = export_json(store, args.out)
    print(f"wrote {out}")
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    from db.interchange import import_document, load_json

    store = import_document(load_json(args.json), args.out)
    counts = {e: store.count(e) for e in ("partner", "objective", "value_chain", "action")}
    store.close()
    print(f"wrote {args.out} ({', '.join(f'{n} {e}' for e, n in counts.items())})")
    return 0


def _snapshot(doc: dict, args: argparse.Namespace) -> dict:
    sections = None
    if getattr(args, "sections", None):
        sections = [k.strip() for k in args.sections.split(",") if k.strip()]
    return {"doc": doc, "lang": args.lang, "include_empty": getattr(args, "include_empty", False),
            "sections": sections, "docx": args.docx, "pdf": args.pdf,
            "poster": getattr(args, "poster", None), "paper": getattr(args, "paper", "A3"),
            "visuals": getattr(args, "visual", "all"), "png_dir": getattr(args, "png", None),
            "svg_dir": getattr(args, "svg", None), "dpi": getattr(args, "dpi", 300),
            "part_b_strip": not getattr(args, "no_part_b_strip", False)}


def _run_export(snap: dict) -> list[Path]:
    from desktop.export.job import run_export
    from desktop.export_ui.visual_png import save_png

    try:
        return run_export(snap, png=save_png)
    except ValueError as exc:  # a bad option (unknown section or visual)
        raise RoadmapError(str(exc)) from exc


def cmd_export(args: argparse.Namespace) -> int:
    from db.interchange import export_document
    from db.store import RoadmapStore

    if not any((args.docx, args.pdf, args.poster, args.png, args.svg)):
        return _fail("say what to write: --docx OUT.docx, --pdf OUT.pdf, --poster OUT.pdf, "
                     "--png DIR and/or --svg DIR")
    changes = {}
    with RoadmapStore.open(args.file, read_only=True) as store:
        doc = export_document(store)
        if args.changes_since:
            from desktop.domain.changes import changes_since_file, report_rows

            lines = changes_since_file(store, args.changes_since, args.lang)
            changes = {"changes": report_rows(lines), "since": args.changes_since.stem}
    for p in _run_export({**_snapshot(doc, args), **changes}):
        print(f"wrote {p}")
    return 0


def cmd_demo_export(args: argparse.Namespace) -> int:
    """Export the demo roadmap to every format, without a display."""
    from db.interchange import export_document, export_json
    from desktop.demo import fresh_demo

    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop.app.start import make_app

    make_app()  # a QApplication before any image is painted (the window shot needs widgets)
    store = fresh_demo(out / "demo.roadmap")
    paths = [out / "demo.roadmap", export_json(store, out / "demo.json")]
    doc = export_document(store)
    store.close()
    snap = _snapshot(doc, argparse.Namespace(
        lang=args.lang, docx=out / f"demo-{args.lang}.docx", pdf=out / f"demo-{args.lang}.pdf",
        poster=out / f"demo-poster-{args.lang}-A3.pdf", paper="A3", visual="all", png=out, svg=out, dpi=300))
    paths += _run_export(snap)
    from desktop.monitoring.report_job import export_monitoring
    from desktop.presentation.deck import export_deck

    paths += export_monitoring(doc, lang=args.lang, pdf=out / f"demo-monitoring-{args.lang}.pdf")
    paths.append(export_deck(doc, args.lang, out / f"demo-presentation-{args.lang}.pptx", dpi=150))
    from desktop.app.screenshot import window_png

    paths.append(window_png(out / "demo.roadmap", out / "demo-window.png"))
    print(f"Exported the demo roadmap in {time.perf_counter() - t0:.1f} s:")
    for p in paths:
        print(f"  {p}")
    return 0


def _roadmap_doc(path: Path) -> dict:
    from db.interchange import export_document
    from db.store import RoadmapStore

    with RoadmapStore.open(path, read_only=True) as store:
        return export_document(store)


def _offscreen_app() -> None:
    """Images are painted with Qt: a QApplication, offscreen when there is no display."""
    from desktop.domain.paths import has_display

    if not os.environ.get("QT_QPA_PLATFORM") and not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop.app.start import make_app

    make_app()


def cmd_monitoring_report(args: argparse.Namespace) -> int:
    """The monitoring report (KPI lights and charts, action status) as DOCX and/or PDF."""
    if not args.docx and not args.pdf:
        return _fail("say what to write: --docx OUT.docx and/or --pdf OUT.pdf")
    doc = _roadmap_doc(args.file)
    if args.docx:
        _offscreen_app()
    from desktop.monitoring.report_job import export_monitoring

    for p in export_monitoring(doc, lang=args.lang, docx=args.docx, pdf=args.pdf):
        print(f"wrote {p}")
    return 0


def cmd_progress_report(args: argparse.Namespace) -> int:
    """The yearly progress report for the funder and the board, as DOCX and/or PDF."""
    if not args.docx and not args.pdf:
        return _fail("say what to write: --docx OUT.docx and/or --pdf OUT.pdf")
    doc = _roadmap_doc(args.file)
    from desktop.monitoring.progress_job import export_progress, revision_from_file

    if args.since:
        revision = revision_from_file(args.since)
    else:  # the newest named revision before the year, in the file or in the snapshot folder
        from desktop.domain.revisions import choose_revision, snapshot_folder

        revision = choose_revision(doc, snapshot_folder(doc), args.year)
    if args.docx:
        _offscreen_app()
    t0 = time.perf_counter()
    for p in export_progress(doc, args.year, lang=args.lang, docx=args.docx, pdf=args.pdf, revision=revision):
        print(f"wrote {p}")
    print(f"progress report {args.year} in {time.perf_counter() - t0:.2f} s")
    return 0


def cmd_rollup(args: argparse.Namespace) -> int:
    """Several roadmaps read together (overlaps, shared partners and projects, a combined
    timeline), as DOCX and/or PDF."""
    if not args.docx and not args.pdf:
        return _fail("say what to write: --docx OUT.docx and/or --pdf OUT.pdf")
    if len(args.files) < 2:
        return _fail("give at least two roadmaps to read together")
    from db.interchange import load_json
    from desktop.export import write_docx, write_pdf
    from desktop.export.report.rollup import build_rollup

    docs = [load_json(f) if f.suffix.lower() == ".json" else _roadmap_doc(f) for f in args.files]
    t0 = time.perf_counter()
    report = build_rollup(docs, args.lang)
    for target, write in ((args.pdf, write_pdf), (args.docx, write_docx)):
        if target:
            print(f"wrote {write(report, target)}")
    print(f"roll-up of {len(docs)} roadmaps in {time.perf_counter() - t0:.2f} s")
    return 0


def cmd_process_docs(args: argparse.Namespace) -> int:
    """The working documents of the process as DOCX: start note, a report per workshop, synthesis."""
    from desktop.export import write_docx
    from desktop.export.report.process_docs import process_documents

    doc = _roadmap_doc(args.file)
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return _fail(f"cannot make the folder {args.out}: {exc.strerror or exc}")
    for name, report in process_documents(doc, args.lang):
        print(f"wrote {write_docx(report, args.out / f'{name}.docx')}")
    return 0


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None
    if not 1900 <= year <= 2200:
        raise argparse.ArgumentTypeError(f"a year between 1900 and 2200, not {year}")
    return year


def cmd_deck(args: argparse.Namespace) -> int:
    """The presentation scenes as a PPTX deck with speaker notes."""
    doc = _roadmap_doc(args.file)
    _offscreen_app()
    from desktop.presentation.deck import export_deck

    print(f"wrote {export_deck(doc, args.lang, args.out)}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """The live co-editing server (Yjs websocket protocol), until Ctrl+C / SIGTERM."""
    import logging

    from db.live.server import ServerConfig, TokenFileError, main

    if bool(args.tls_cert) != bool(args.tls_key):
        return _fail("--tls-cert and --tls-key go together")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    config = ServerConfig(host=args.host, port=args.port, data=args.data,
                          token_file=args.token_file, tls_cert=args.tls_cert, tls_key=args.tls_key,
                          max_message=args.max_message, max_room=args.max_room)
    try:
        return main(config)
    except (TokenFileError, OSError) as exc:
        return _fail(str(exc))


def _parser_for_commands() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="routekaart")
    sub = p.add_subparsers(dest="command", required=True)
    _add_json_commands(sub)
    _add_export_command(sub)
    _add_report_commands(sub)
    _add_other_commands(sub)
    return p


def _add_json_commands(sub) -> None:
    """export-json and import-json."""
    s = sub.add_parser("export-json", help="write a roadmap as roadmap JSON")
    s.add_argument("file", type=Path)
    s.add_argument("out", type=Path)
    s.set_defaults(run=cmd_export_json)
    s = sub.add_parser("import-json", help="make a new roadmap file from roadmap JSON")
    s.add_argument("json", type=Path)
    s.add_argument("out", type=Path)
    s.set_defaults(run=cmd_import_json)


def _add_export_command(sub) -> None:
    """export: the report, posters and images."""
    s = sub.add_parser("export", help="write the report (DOCX, PDF), posters and images")
    s.add_argument("file", type=Path)
    s.add_argument("--docx", type=Path, help="the Word report")
    s.add_argument("--pdf", type=Path, help="the PDF report")
    s.add_argument("--poster", type=Path, help="a poster PDF, one landscape page per visual")
    s.add_argument("--paper", choices=("A3", "A2"), default="A3", help="poster paper (default A3)")
    s.add_argument("--visual", default="all",
                   help="the visual(s) of the poster and the images: all (default), overview or "
                        "value_chain:<id>")
    s.add_argument("--png", type=Path, metavar="DIR", help="PNG images of the visuals, one per visual")
    s.add_argument("--svg", type=Path, metavar="DIR", help="SVG images of the visuals, one per visual")
    s.add_argument("--dpi", type=int, default=300, help="PNG resolution (default 300)")
    s.add_argument("--lang", choices=("nl", "en"), default="nl")
    s.add_argument("--sections", help="chapters to include, e.g. ch1,ch4,ch5,annex (default all)")
    s.add_argument("--include-empty", action="store_true",
                   help="keep empty sections, marked as not yet filled in")
    s.add_argument("--changes-since", type=Path, metavar="REVISION.roadmap",
                   help="add an annex of what changed since this revision (a snapshot file)")
    s.add_argument("--no-part-b-strip", action="store_true",
                   help="leave out the projects and KPI targets under the Part B timelines")
    s.set_defaults(run=cmd_export)


def _add_report_commands(sub) -> None:
    """monitoring-report, process-docs, rollup and progress-report."""
    s = sub.add_parser("monitoring-report", help="write the monitoring report (DOCX and/or PDF)")
    s.add_argument("file", type=Path)
    s.add_argument("--docx", type=Path, help="the Word report")
    s.add_argument("--pdf", type=Path, help="the PDF report")
    s.add_argument("--lang", choices=("nl", "en"), default="nl")
    s.set_defaults(run=cmd_monitoring_report)
    s = sub.add_parser("process-docs", help="write the start note, workshop reports and synthesis (DOCX)")
    s.add_argument("file", type=Path)
    s.add_argument("--out", type=Path, required=True, help="the folder to write into")
    s.add_argument("--lang", choices=("nl", "en"), default="nl")
    s.set_defaults(run=cmd_process_docs)
    s = sub.add_parser("rollup", help="read several roadmaps together (DOCX and/or PDF)")
    s.add_argument("files", type=Path, nargs="+", metavar="ROADMAP", help=".roadmap files or roadmap JSON")
    s.add_argument("--docx", type=Path, help="the Word report")
    s.add_argument("--pdf", type=Path, help="the PDF report")
    s.add_argument("--lang", choices=("nl", "en"), default="nl")
    s.set_defaults(run=cmd_rollup)
    s = sub.add_parser("progress-report", help="write the yearly progress report (DOCX and/or PDF)")
    s.add_argument("file", type=Path)
    s.add_argument("--year", type=_year, required=True, help="the reporting year, e.g. 2026")
    s.add_argument("--docx", type=Path, help="the Word report")
    s.add_argument("--pdf", type=Path, help="the PDF report")
    s.add_argument("--lang", choices=("nl", "en"), default="nl")
    s.add_argument("--since", type=Path, metavar="REVISION",
                   help="compare with this revision (a .roadmap snapshot or roadmap JSON) instead of the "
                        "newest named revision kept in the roadmap from before the year")
    s.set_defaults(run=cmd_progress_report)


def _add_other_commands(sub) -> None:
    """deck, demo-export and serve."""
    s = sub.add_parser("deck", help="write the presentation scenes as a PPTX deck")
    s.add_argument("file", type=Path)
    s.add_argument("out", type=Path)
    s.add_argument("--lang", choices=("nl", "en"), default="nl")
    s.set_defaults(run=cmd_deck)
    s = sub.add_parser("demo-export", help="export the demo roadmap to DOCX, PDF, poster, PNG, SVG, JSON")
    s.add_argument("--out", type=Path, default=Path("routekaart-demo-output"))
    s.add_argument("--lang", choices=("nl", "en"), default="nl")
    s.set_defaults(run=cmd_demo_export)
    s = sub.add_parser("serve", help="run the live co-editing server for a team")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    s.add_argument("--data", type=Path, required=True, help="folder for the room store and backups")
    s.add_argument("--token-file", type=Path, help="tokens: one 'TOKEN' or 'ROOM TOKEN' per line")
    s.add_argument("--tls-cert", type=Path, help="TLS certificate chain (PEM)")
    s.add_argument("--tls-key", type=Path, help="TLS private key (PEM)")
    s.add_argument("--max-message", type=int, default=8 * 1024 * 1024,
                   help="largest message in bytes (default 8 MiB)")
    s.add_argument("--max-room", type=int, default=64 * 1024 * 1024,
                   help="most bytes of updates a room takes (default 64 MiB)")
    s.set_defaults(run=cmd_serve)


def _parser_for_app() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="routekaart", epilog=f"other commands: {', '.join(COMMANDS)} (see --help of each)")
    p.add_argument("file", nargs="?", type=Path, help="roadmap file to open")
    p.add_argument("--demo", action="store_true", help="open a fresh copy of the demo roadmap")
    p.add_argument("--out", type=Path, default=Path("routekaart-demo-output"),
                   help="with --demo and no display: where to export the demo")
    p.add_argument("--self-test", action="store_true",
                   help="export the demo to a temporary folder without a window, then exit")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] in COMMANDS:
            args = _parser_for_commands().parse_args(argv)
            return args.run(args)
        args = _parser_for_app().parse_args(argv)
        if args.self_test:
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                code = cmd_demo_export(argparse.Namespace(out=Path(tmp), lang="nl"))
            print("SELF-TEST OK" if code == 0 else "SELF-TEST FAILED")
            return code
        from desktop.domain.paths import has_display

        if args.demo and not has_display():
            print("No display found: exporting the demo roadmap instead of opening the app.")
            return cmd_demo_export(argparse.Namespace(out=args.out, lang="nl"))
        from desktop.app.start import run

        return run(file=args.file, demo=args.demo)
    except RoadmapError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
