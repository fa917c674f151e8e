"""jdlint: a linter for job descriptions in English and Bahasa Indonesia."""

__version__ = "0.1.0"
