"""``python -m infoint``: ``check ...`` runs the coaching rules; anything else goes to
the main command line (``infoint.cli``)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int | None:
    argv = sys.argv if argv is None else argv
    if len(argv) > 1 and argv[1] == "check":
        from infoint.scoring.cli import main as check

        return check(argv[2:])
    from infoint.cli import main as cli  # imported lazily: it pulls in the whole app

    return cli()


if __name__ == "__main__":
    sys.exit(main())
