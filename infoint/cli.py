"""``infoint``: serve the apps, check a text against the coaching rules, and more."""

from __future__ import annotations

import argparse
import sys

from infoint import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="infoint", description="Coaching for informational interviews."
    )
    parser.add_argument("--version", action="version", version=f"infoint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = sub.add_parser("serve", help="serve the apps with Voila on this machine")
    serve.add_argument("--port", type=int, default=8866)
    serve.add_argument("--ip", default="127.0.0.1", help="address to listen on (default: local)")
    serve.add_argument("--db", default=None, help="SQLAlchemy URL of the store (default: SQLite)")

    sub.add_parser("check", help="check an outreach message, a question list or a thank-you note",
                   add_help=False)
    sub.add_parser("evaluate", help="measure the coaching rules on the corpus of real messages",
                   add_help=False)

    demo = sub.add_parser("demo", help="write a reproducible synthetic class into a store")
    demo.add_argument("--db", default=None, help="SQLAlchemy URL of the store (default: SQLite)")
    demo.add_argument("--seed", type=int, default=7, help="same seed, same class (default: 7)")
    demo.add_argument("--learners", type=int, default=40, help="how many learners (default: 40)")
    demo.add_argument("--replace", action="store_true",
                      help="delete an earlier demo class in this store first")

    imp = sub.add_parser(
        "import", help="import contacts (LinkedIn or Google CSV, vCard) for the current learner"
    )
    imp.add_argument("file", help="Connections.csv, contacts.csv or a .vcf file")
    imp.add_argument("--db", default=None, help="SQLAlchemy URL of the store (default: SQLite)")
    imp.add_argument("--dry-run", action="store_true", help="show the preview, write nothing")

    exp = sub.add_parser("export", help="export the current learner's data")
    exp.add_argument("what", choices=["reflections", "contacts", "reminders"])
    exp.add_argument("-o", "--output", required=True,
                     help="file to write: .csv or .parquet (reminders: .ics)")
    exp.add_argument("--db", default=None, help="SQLAlchemy URL of the store (default: SQLite)")
    return parser


def _import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from infoint.io.importers import ContactImportError, parse_contacts, preview_import
    from infoint.store import Store

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as error:
        print(f"infoint import: cannot read {path}: {error.strerror}", file=sys.stderr)
        return 2
    store = Store.open(args.db)
    try:
        preview = preview_import(parse_contacts(data, path.name), store.contacts())
    except ContactImportError as error:
        print(f"infoint import: {error}", file=sys.stderr)
        return 2
    print(preview.summary())
    for row in preview.skipped:
        print(f"  line {row.line}: {row.reason}")
    if not args.dry_run and preview.new:
        saved = store.add_contacts(preview.new)
        print(f"Imported {len(saved)} contacts for {store.learner_id}.")
    return 0


def _export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from infoint.store import Store

    out = Path(args.output)
    store = Store.open(args.db)
    if args.what == "reminders":
        from datetime import date

        from infoint.contacts import reminders_for
        from infoint.contacts_view import timelines
        from infoint.io.calendar import reminders_to_ics

        due = reminders_for(timelines(store.contacts(), store.events()), date.today())
        out.write_bytes(reminders_to_ics(due))
        print(f"Wrote {len(due)} reminders to {out}.")
        return 0
    import pandas as pd

    if args.what == "reflections":
        frame = store.reflections_frame()
    else:
        from dataclasses import asdict

        frame = pd.DataFrame([asdict(c) for c in store.contacts()])
    from infoint.analysis import to_csv_bytes

    if out.suffix == ".parquet":
        frame.to_parquet(out, index=False)
    elif out.suffix == ".csv":
        # Same writer as the apps' downloads: a cell starting with "=" stays text in Excel.
        out.write_bytes(to_csv_bytes(frame))
    else:
        print("infoint export: the output must end in .csv or .parquet", file=sys.stderr)
        return 2
    print(f"Wrote {len(frame)} {args.what} to {out}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "check":
        from infoint.scoring.cli import main as check_main

        return int(check_main(argv[1:]) or 0)
    if argv and argv[0] == "evaluate":
        from infoint.scoring.cli import evaluate_main

        return int(evaluate_main(argv[1:]) or 0)
    args = build_parser().parse_args(argv)
    if args.command == "serve":
        from infoint.serve import serve

        return serve(port=args.port, ip=args.ip, db=args.db)
    if args.command == "demo":
        from infoint.demo import generate_demo
        from infoint.store import StoreError

        try:
            summary = generate_demo(args.db, seed=args.seed, learners=args.learners,
                                    replace=args.replace)
        except (StoreError, ValueError) as error:
            print(f"infoint demo: {error}", file=sys.stderr)
            return 2
        print(summary.describe())
        return 0
    if args.command == "import":
        return _import(args)
    if args.command == "export":
        return _export(args)
    build_parser().print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
