"""Turn the bytes of a file into text, or say why that is impossible.

Decoding order (documented in the README): a byte-order mark decides (UTF-8, UTF-16, UTF-32);
otherwise strict UTF-8; otherwise Windows-1252, the encoding Word and Outlook exports use, with
the five bytes Windows-1252 leaves undefined read as Latin-1. The encoding used is reported with the
file, so a fallback is never silent. Binary data (NUL bytes, control characters) and files over
the size limit are refused with a reason.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path
from typing import NamedTuple

MAX_BYTES = 5 * 1024 * 1024

BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
"""Each byte-order mark (UTF-32 before UTF-16, whose mark starts it), the codec of the bytes
after it, and the encoding's name as reported."""
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_LATIN1_FALLBACK = "jdlint-latin1"


def _latin1(error: UnicodeError) -> tuple[str, int]:
    """Read the bytes Windows-1252 leaves undefined (0x81, 0x8D …) as their Latin-1 code points."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    undefined = error.object[error.start : error.end]
    return bytes(undefined).decode("latin-1"), error.end


codecs.register_error(_LATIN1_FALLBACK, _latin1)


UNREADABLE_FILE = "unreadable-file"
"""The event of a file that cannot be read (a rule of kind ``engine`` reports it)."""


class UnreadableError(Exception):
    """The file cannot be turned into text; the message says why (event ``UNREADABLE_FILE``)."""


class DecodedText(NamedTuple):
    """Text of a file with line ends normalised to ``\\n`` and the encoding that was used."""

    text: str
    encoding: str


def decode(data: bytes, max_bytes: int = MAX_BYTES) -> DecodedText:
    """Decode *data* following the documented order; raise UnreadableError when impossible."""
    if len(data) > max_bytes:
        raise UnreadableError(_too_large(len(data), max_bytes))
    text, encoding = _decode_text(data)
    return DecodedText(normalise_newlines(text), encoding)


def read_draft(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the file at *path*, reading no more than the size limit allows.

    A regular file over the limit is refused from its size alone; anything else (a pipe,
    ``/dev/stdin``) is read up to one byte past the limit. Every failure is an
    :class:`UnreadableError` saying why (missing, a folder, no permission, too large …).
    """
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise UnreadableError("cannot read file: it is a folder")
            if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                raise UnreadableError(_too_large(info.st_size, max_bytes))
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise UnreadableError(f"cannot read file: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise UnreadableError(_too_large(len(data), max_bytes, more=True))
    return data


def _too_large(count: int, max_bytes: int, more: bool = False) -> str:
    over = "over " if more else ""
    return f"file is {over}{_size(count, '.1f')}; jdlint reads drafts up to {_size(max_bytes, 'g')}"


def _size(count: int, style: str) -> str:
    if count >= 1048576:
        return f"{count / 1048576:{style}} MiB"
    if count >= 1024:
        return f"{count / 1024:{style}} KiB"
    return f"{count} bytes"


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR line ends into LF, so lines count the way editors count them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_text(data: bytes) -> tuple[str, str]:
    for bom, codec, encoding in BYTE_ORDER_MARKS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                where = len(bom) + error.start
                raise UnreadableError(f"invalid {encoding.upper()} at byte {where}") from None
            return _refuse_binary(text.lstrip("\ufeff"), encoding), encoding
    if b"\x00" in data:
        raise UnreadableError("binary file (contains NUL bytes)")
    try:
        return _refuse_binary(data.decode("utf-8"), "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _refuse_binary(data.decode("cp1252", _LATIN1_FALLBACK), "cp1252"), "cp1252"


def _refuse_binary(text: str, encoding: str) -> str:
    sample = text[:8192]
    if "\x00" in sample:
        raise UnreadableError(f"binary file (NUL characters after {encoding} decoding)")
    controls = len(_CONTROL_CHARS.findall(sample))
    if sample and controls / len(sample) > 0.05:
        raise UnreadableError("binary file (too many control characters)")
    return text
