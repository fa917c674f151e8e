"""Postings held in exports, not files: CSV/TSV, JSON Lines and JSON arrays, read row by row.

Applicant-tracking systems and job boards hand over postings as exports: one row per posting,
the text in one column (often HTML), an id in another. Rows are read as a stream, so memory
stays flat however many rows there are; a row that cannot be read is reported and the next one
is read.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

from jdlint.errors import ConfigError
from jdlint.reader import MAX_BYTES

if TYPE_CHECKING:
    Buffered = io.BufferedReader["CountingReader"]
    """An export read through a buffer (for ``peek``), counting its bytes."""

EXPORT_SUFFIXES = frozenset({".csv", ".tsv", ".jsonl", ".ndjson", ".json"})
TEXT_FIELDS = ("description", "job_description", "body", "text", "content")
"""Columns tried, in order, when no text column is named."""
ID_FIELDS = ("id", "job_id", "posting_id", "requisition_id")
"""Columns tried, in order, when no id column is named (else the row number is the id)."""
_SAMPLE = 65536


class Row(NamedTuple):
    """One posting of an export: its id, its text, or why it could not be read."""

    id: str
    text: str | None
    problem: str | None = None


class Fields(NamedTuple):
    """The fields named on the command line (``None``: found from the header)."""

    text: str | None = None
    id: str | None = None


def is_export(path: Path) -> bool:
    """Whether *path* names an export (by its suffix)."""
    return path.suffix.lower() in EXPORT_SUFFIXES


class CountingReader(io.RawIOBase):
    """A binary file that counts the bytes read from it, for a progress bar."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


def read_rows(stream: CountingReader, path: Path, fields: Fields) -> Iterator[Row]:
    """The postings of the export at *path*, read from *stream* one by one.

    Raises :class:`ConfigError` when the text field named (or any of :data:`TEXT_FIELDS`) is
    not in a CSV header; JSON records that lack it are bad rows.
    """
    suffix = path.suffix.lower()
    buffered = io.BufferedReader(stream)
    if suffix in (".csv", ".tsv"):
        yield from _csv_rows(buffered, path, fields, "\t" if suffix == ".tsv" else ",")
    elif suffix == ".json":
        yield from _json_array_rows(buffered, fields)
    else:
        yield from _json_lines_rows(buffered, fields)


def check_header(path: Path, fields: Fields) -> None:
    """Raise :class:`ConfigError` now, before any output, if a CSV export lacks its text column."""
    if path.suffix.lower() not in (".csv", ".tsv"):
        return
    import csv  # here: a run without CSV exports does not import it

    try:
        with path.open("rb") as handle:
            stream = io.BufferedReader(CountingReader(handle))
            text = io.TextIOWrapper(
                stream, encoding=_encoding(stream), errors="replace", newline=""
            )
            delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
            header = next(csv.reader(text, delimiter=delimiter), [])
    except OSError:
        return  # reported as an unreadable file when the rows are read
    _field(fields.text, TEXT_FIELDS, header, path, "text")
    if fields.id is not None:
        _field(fields.id, ID_FIELDS, header, path, "id")


def _encoding(stream: Buffered) -> str:
    """UTF-8 (with or without a byte-order mark), else Windows-1252, as Excel saves CSV."""
    sample = stream.peek(_SAMPLE)[:_SAMPLE]
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 4:  # not just a character cut at the sample's end
            return "cp1252"
    return "utf-8"


def _csv_rows(stream: Buffered, path: Path, fields: Fields, delimiter: str) -> Iterator[Row]:
    import csv  # here: a run without CSV exports does not import it

    csv.field_size_limit(MAX_BYTES)
    text = io.TextIOWrapper(stream, encoding=_encoding(stream), errors="replace", newline="")
    reader = csv.DictReader(text, delimiter=delimiter)
    header = list(reader.fieldnames or [])
    text_field = _field(fields.text, TEXT_FIELDS, header, path, "text")
    id_field = _field(fields.id, ID_FIELDS, header, path, "id", required=False)
    for number, record in enumerate(reader, start=1):
        row_id = _row_id(record.get(id_field) if id_field else None, number)
        value = record.get(text_field)
        if None in record:
            yield Row(row_id, None, f"row {number} has more cells than the header")
        elif value is None:
            yield Row(row_id, None, f"row {number} has no {text_field!r} cell")
        else:
            yield Row(row_id, value)


def _field(
    named: str | None,
    candidates: tuple[str, ...],
    header: list[str],
    path: Path,
    what: str,
    required: bool = True,
) -> str | None:
    lowered = {name.lower(): name for name in header}
    if named is not None and named.lower() in lowered:
        return named if named in header else lowered[named.lower()]
    if named is None:
        found = next((lowered[name] for name in candidates if name in lowered), None)
        if found is not None or not required:
            return found
    import difflib  # here: only a column not found needs it

    close = difflib.get_close_matches(named, header, n=1) if named is not None else []
    hint = f"did you mean {close[0]!r}?" if close else f"name it with --{what}-column"
    wanted = repr(named) if named else " or ".join(repr(name) for name in candidates)
    raise ConfigError(
        f"no {what} column {wanted} in the header ({', '.join(header) or 'empty'}): {hint}", path
    )


def _json_lines_rows(stream: Buffered, fields: Fields) -> Iterator[Row]:
    import json  # here: a run without JSON Lines exports does not import it

    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, UnicodeDecodeError) as error:
            yield Row(str(number), None, f"line {number} is not JSON: {error}")
            continue
        yield record_row(record, number, fields)


def _json_array_rows(stream: Buffered, fields: Fields) -> Iterator[Row]:
    import ijson  # only for JSON arrays: a streaming parser, so memory stays flat

    number = 0
    try:
        for number, record in enumerate(ijson.items(stream, "item", use_float=True), start=1):
            yield record_row(record, number, fields)
    except ijson.JSONError as error:
        yield Row(str(number + 1), None, f"the JSON stops being valid after item {number}: {error}")


def record_row(record: Any, number: int, fields: Fields) -> Row:
    """The posting in one JSON record (a mapping), or why it cannot be read."""
    if not isinstance(record, dict):
        return Row(str(number), None, f"item {number} is not an object")
    id_field = fields.id or next((name for name in ID_FIELDS if name in record), None)
    row_id = _row_id(record.get(id_field) if id_field else None, number)
    names = (fields.text,) if fields.text else TEXT_FIELDS
    text_field = next((name for name in names if name in record), None)
    if text_field is None:
        return Row(row_id, None, f"item {number} has no {' or '.join(map(repr, names))} field")
    value = record[text_field]
    if not isinstance(value, str):
        return Row(row_id, None, f"item {number}: {text_field!r} is not text")
    return Row(row_id, value)


def _row_id(value: Any, number: int) -> str:
    """The id of a row: its id cell when it has one, else its number."""
    text = "" if value is None else str(value).strip()
    return text or str(number)


def shown_name(path: str, row: Row) -> str:
    """How a row is named in every output: the export, then ``#`` and the row's id."""
    return f"{path}#{row.id}"
