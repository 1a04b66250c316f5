"""Puts the checkout's top-level content into the wheel; everything else is in pyproject.toml.

The repository keeps coaching content, notebooks and voila.json at the top level (an
instructor finds and edits them there). A wheel carries them inside the package, where
``infoint.locations`` looks first:

    data/          -> infoint/data/
    notebooks/     -> infoint/notebooks/
    voila.json     -> infoint/config/voila.json
    share/jupyter/ -> <prefix>/share/jupyter/ (Jupyter data files: plain ``voila`` finds
                      the template in that environment)

An editable install copies none of the first three: ``infoint.locations`` then reads the
checkout itself, so an edit shows without reinstalling.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
INTO_PACKAGE = {"data": "data", "notebooks": "notebooks", "voila.json": "config/voila.json"}
JUPYTER_DATA = Path("share") / "jupyter"
SKIP = {".ipynb_checkpoints", "__pycache__"}


def _files(source: Path) -> list[Path]:
    if source.is_file():
        return [source]
    return sorted(p for p in source.rglob("*")
                  if p.is_file() and not SKIP.intersection(p.relative_to(source).parts))


class BuildWithContent(build_py):
    """build_py that also copies the top-level content into the built package."""

    def _content(self) -> list[tuple[Path, Path]]:
        package = Path(self.build_lib) / "infoint"
        pairs = []
        for source, target in INTO_PACKAGE.items():
            top = ROOT / source
            for path in _files(top):
                rel = path.relative_to(top) if top.is_dir() else Path()
                pairs.append((path, package / target / rel))
        return pairs

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # infoint.locations reads the checkout's own files
        for source, target in self._content():
            self.mkpath(str(target.parent))
            self.copy_file(str(source), str(target), preserve_mode=False)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if getattr(self, "editable_mode", False):
            return outputs
        return [*outputs, *(str(target) for _, target in self._content())]


def _jupyter_data_files() -> list[tuple[str, list[str]]]:
    """Every file under share/jupyter, grouped by folder, as setuptools data_files."""
    groups: dict[str, list[str]] = {}
    for path in _files(ROOT / JUPYTER_DATA):
        rel = path.relative_to(ROOT)
        groups.setdefault(rel.parent.as_posix(), []).append(rel.as_posix())
    return sorted(groups.items())


setup(cmdclass={"build_py": BuildWithContent}, data_files=_jupyter_data_files())
