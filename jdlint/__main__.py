"""Allow ``python -m jdlint``."""

from jdlint.cli import main

main()
