"""Every real and labelled text the equivalence tests run through: the dev corpus (never the
test part) and the labelled examples."""

from __future__ import annotations

import importlib.util
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from infoint.scoring.evaluate import corpus_files

HERE = Path(__file__).parent
DEV = HERE / "corpus" / "dev"


def examples(name: str) -> list[dict[str, Any]]:
    spec = importlib.util.spec_from_file_location(name, HERE / "examples" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


def texts() -> Iterator[str]:
    # every batch of the dev part, as the evaluation finds them (the first file alone was
    # a tenth of it)
    for stem, path in corpus_files(DEV):
        if stem in ("outreach", "thank_you"):
            with path.open("rb") as fh:
                yield from (str(c.get("text", "")) for c in tomllib.load(fh).get("case", []))
    for name in ("outreach_cases", "thank_you_cases"):
        yield from (str(case.get("text", "")) for case in examples(name))
