"""Command line entry point `routekaart`.

    routekaart [FILE.roadmap]            open the app (on FILE, if given)
    routekaart --demo                    open the app on a fresh copy of the demo roadmap;
                                         without a display, export the demo instead
    routekaart demo-export [--out DIR]   export the demo to DOCX, PDF, PNG and JSON
    routekaart export-json FILE OUT.json
    routekaart import-json IN.json OUT.roadmap
    routekaart export FILE [--docx OUT] [--pdf OUT] [--lang nl|en]
    routekaart --self-test               export the demo offscreen and exit (bundle check)

Commands that need no window never import Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from db.errors import RoadmapError

COMMANDS = ("demo-export", "export-json", "import-json", "export")


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


def _export_reports(store, *, docx: Path | None, pdf: Path | None, lang: str) -> list[Path]:
    from db.interchange import export_document
    from desktop import export

    doc = export_document(store)
    written = []
    if docx:
        written.append(export.export_docx(doc, docx, lang=lang))
    if pdf:
        written.append(export.export_pdf(doc, pdf, lang=lang))
    return [Path(p) for p in written]


def cmd_export(args: argparse.Namespace) -> int:
    from db.store import RoadmapStore

    if not args.docx and not args.pdf:
        return _fail("say what to write: --docx OUT.docx and/or --pdf OUT.pdf")
    with RoadmapStore.open(args.file, read_only=True) as store:
        for p in _export_reports(store, docx=args.docx, pdf=args.pdf, lang=args.lang):
            print(f"wrote {p}")
    return 0


def cmd_demo_export(args: argparse.Namespace) -> int:
    """Export the demo roadmap to every format, without a display."""
    from db.interchange import export_json
    from desktop.demo import fresh_demo

    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    store = fresh_demo(out / "demo.roadmap")
    paths = [out / "demo.roadmap", export_json(store, out / "demo.json")]
    paths += _export_reports(store, docx=out / f"demo-{args.lang}.docx",
                             pdf=out / f"demo-{args.lang}.pdf", lang=args.lang)
    store.close()
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop.screenshot import window_png

    paths.append(window_png(out / "demo.roadmap", out / "demo-window.png"))
    print(f"Exported the demo roadmap in {time.perf_counter() - t0:.1f} s:")
    for p in paths:
        print(f"  {p}")
    return 0


def _parser_for_commands() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="routekaart")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("export-json", help="write a roadmap as roadmap JSON")
    s.add_argument("file", type=Path)
    s.add_argument("out", type=Path)
    s.set_defaults(run=cmd_export_json)
    s = sub.add_parser("import-json", help="make a new roadmap file from roadmap JSON")
    s.add_argument("json", type=Path)
    s.add_argument("out", type=Path)
    s.set_defaults(run=cmd_import_json)
    s = sub.add_parser("export", help="write the report as DOCX and/or PDF")
    s.add_argument("file", type=Path)
    s.add_argument("--docx", type=Path)
    s.add_argument("--pdf", type=Path)
    s.add_argument("--lang", choices=("nl", "en"), default="nl")
    s.set_defaults(run=cmd_export)
    s = sub.add_parser("demo-export", help="export the demo roadmap to DOCX, PDF, PNG, JSON")
    s.add_argument("--out", type=Path, default=Path("routekaart-demo-output"))
    s.add_argument("--lang", choices=("nl", "en"), default="nl")
    s.set_defaults(run=cmd_demo_export)
    return p


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
        from desktop.paths import has_display

        if args.demo and not has_display():
            print("No display found: exporting the demo roadmap instead of opening the app.")
            return cmd_demo_export(argparse.Namespace(out=args.out, lang="nl"))
        from desktop.app import run

        return run(file=args.file, demo=args.demo)
    except RoadmapError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
