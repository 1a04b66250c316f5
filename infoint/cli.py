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

    demo = sub.add_parser("demo", help="write a reproducible synthetic class into a store")
    demo.add_argument("--db", default=None, help="SQLAlchemy URL of the store (default: SQLite)")
    demo.add_argument("--seed", type=int, default=7, help="same seed, same class (default: 7)")
    demo.add_argument("--learners", type=int, default=40, help="how many learners (default: 40)")
    demo.add_argument("--replace", action="store_true",
                      help="delete an earlier demo class in this store first")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "check":
        from infoint.scoring.cli import main as check_main

        return int(check_main(argv[1:]) or 0)
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
    build_parser().print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
