"""infoint: coaching for informational interviews, from first contact to reflecting on fit."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("infoint")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+unknown"
