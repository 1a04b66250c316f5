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
    serve.add_argument("--ip", default="127.0.0.1",
                       help="address to listen on (default: this machine only)")
    serve.add_argument("--db", default=None, help="SQLAlchemy URL of the store (default: SQLite)")
    serve.add_argument("--allow-remote", action="store_true",
                       help="listen beyond this machine: there is no login, so everyone who "
                            "reaches it is the same learner (a class needs JupyterHub)")
    serve.add_argument("--instructor", action="store_true",
                       help="this machine's own pages may show class data (default: a learner)")

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

    _add_learner_commands(sub)
    return parser


def _add_learner_commands(sub: argparse._SubParsersAction) -> None:
    """``infoint learner export|delete ID``: a learner's data rights, for the instructor."""
    learner = sub.add_parser("learner", help="export or delete everything of one learner")
    actions = learner.add_subparsers(dest="action", metavar="ACTION", required=True)
    exp = actions.add_parser("export", help="write one zip of every row of the learner")
    exp.add_argument("learner_id", metavar="ID")
    exp.add_argument("--out", default=None,
                     help="zip file to write (default: infoint-my-data-ID-DATE.zip here)")
    exp.add_argument("--db", default=None, help="SQLAlchemy URL of the store (default: SQLite)")
    rm = actions.add_parser("delete", help="delete every row of the learner, in every table")
    rm.add_argument("learner_id", metavar="ID")
    rm.add_argument("--yes", action="store_true",
                    help="do not ask: delete at once (for scripts)")
    rm.add_argument("--db", default=None, help="SQLAlchemy URL of the store (default: SQLite)")


def _learner(args: argparse.Namespace) -> int:
    from pathlib import Path

    from infoint import learner_data
    from infoint.classview import ClassAccessError, require_instructor
    from infoint.store import Store, StoreError

    what = f"infoint learner {args.action}"
    try:
        require_instructor()  # another learner's data is the instructor's to handle
        store = Store.open(args.db, learner_id=args.learner_id)
        counts = learner_data.row_counts(store)
    except (ClassAccessError, StoreError) as error:
        print(f"{what}: {error}", file=sys.stderr)
        return 2
    if not any(counts.values()):
        print(f"{what}: no data for learner '{args.learner_id}' in {store.url}.",
              file=sys.stderr)
        return 1
    held = learner_data.describe_counts(counts)
    if args.action == "export":
        out = Path(args.out or learner_data.export_filename(args.learner_id))
        try:
            out.write_bytes(learner_data.export_zip(store))
        except OSError as error:
            print(f"{what}: cannot write {out}: {error.strerror}", file=sys.stderr)
            return 2
        print(f"Wrote {out}: {held} of learner '{args.learner_id}'.")
        return 0
    if not args.yes:
        print(f"This deletes {held} of learner '{args.learner_id}' from {store.url}, "
              "for good.")
        try:
            answer = input(f"Type the learner id ({args.learner_id}) to confirm: ")
        except EOFError:
            answer = ""
        if answer.strip() != args.learner_id:
            print("Nothing deleted.")
            return 1
    try:
        deleted = learner_data.delete_learner_data(store)
    except StoreError as error:
        print(f"{what}: {error}. Nothing was deleted.", file=sys.stderr)
        return 2
    print(f"Deleted {learner_data.describe_counts(deleted)} of learner "
          f"'{args.learner_id}'.")
    return 0


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
    from infoint.store import StoreError

    try:
        return _run(args)
    except StoreError as error:
        # A store that cannot be opened or written is the user's to fix: say how, without
        # a traceback (and the message never holds a password).
        print(f"infoint {args.command}: {error}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    if args.command == "serve":
        from infoint.serve import serve

        return serve(port=args.port, ip=args.ip, db=args.db, allow_remote=args.allow_remote,
                     instructor=args.instructor)
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
    if args.command == "learner":
        return _learner(args)
    build_parser().print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
