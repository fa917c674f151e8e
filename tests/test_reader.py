"""Reading the bytes of a draft: encodings, line ends, binary data and size limits."""

from __future__ import annotations

import codecs

import pytest

from jdlint.config import default_config
from jdlint.lint import lint_bytes
from jdlint.reader import MAX_BYTES, UnreadableError, decode


def test_utf8_is_read_as_utf8() -> None:
    decoded = decode("Lokasi: Bekasi — kafé di lantai 2".encode())
    assert decoded.text == "Lokasi: Bekasi — kafé di lantai 2"
    assert decoded.encoding == "utf-8"


def test_utf8_bom_is_not_part_of_the_text() -> None:
    decoded = decode(codecs.BOM_UTF8 + "Analis Penggajian — Jakarta\nGaji: Rp 9.000.000".encode())
    assert decoded.text == "Analis Penggajian — Jakarta\nGaji: Rp 9.000.000"
    assert not decoded.text.startswith("\ufeff")
    assert decoded.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(codec: str) -> None:
    data = ("\ufeff" + "Tanggung Jawab:\n• Menyusun laporan").encode(codec)
    decoded = decode(data)
    assert decoded.text == "Tanggung Jawab:\n• Menyusun laporan"
    assert decoded.encoding == "utf-16"


def test_word_export_in_cp1252_gets_accents_and_curly_quotes() -> None:
    decoded = decode(b"Caf\xe9 \x93quoted\x94")
    assert decoded.encoding == "cp1252"
    assert decoded.text == "Café “quoted”"


def test_one_undefined_cp1252_byte_does_not_spoil_the_curly_quotes() -> None:
    decoded = decode(b"\x93Fasih berbahasa Mandarin\x94 \x81")
    assert decoded.text.startswith("“Fasih berbahasa Mandarin”")


def test_crlf_line_ends_become_lf() -> None:
    assert decode(b"Title\r\n\r\nSummary line\r\n").text == "Title\n\nSummary line\n"


def test_lone_cr_line_ends_become_lf() -> None:
    assert decode(b"Title\rSummary\r\nMore").text == "Title\nSummary\nMore"


def test_nul_bytes_are_refused_as_binary() -> None:
    with pytest.raises(UnreadableError, match="binary"):
        decode(b"Payroll\x00Analyst\x00")


def test_mostly_control_characters_are_refused_as_binary() -> None:
    with pytest.raises(UnreadableError, match="control characters"):
        decode(bytes(range(1, 9)) * 20)


def test_file_over_the_default_limit_is_refused_with_sizes_in_the_message() -> None:
    with pytest.raises(UnreadableError) as caught:
        decode(b"a" * (MAX_BYTES + 1024 * 1024))
    message = str(caught.value)
    assert "6.0 MiB" in message
    assert "5 MiB" in message


def test_file_over_a_small_limit_is_refused() -> None:
    with pytest.raises(UnreadableError, match="jdlint reads drafts up to"):
        decode(b"Job title: Payroll Analyst\n" * 10, max_bytes=100)


def test_file_at_the_limit_is_accepted() -> None:
    assert decode(b"x" * 100, max_bytes=100).text == "x" * 100


def test_size_message_states_the_real_sizes_for_a_small_limit() -> None:
    with pytest.raises(UnreadableError) as caught:
        decode(b"x" * 2000, max_bytes=1000)
    assert "0 MiB" not in str(caught.value)


def test_empty_input_is_empty_text() -> None:
    decoded = decode(b"")
    assert decoded.text == ""
    assert decoded.encoding == "utf-8"


def test_linting_binary_bytes_reports_one_jd900_at_line_one() -> None:
    png_header = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
    result = lint_bytes(png_header, "x.txt", default_config())
    assert [d.rule for d in result.diagnostics] == ["JD900"]
    diagnostic = result.diagnostics[0]
    assert (diagnostic.line, diagnostic.column) == (1, 1)
    assert "binary" in diagnostic.message
    assert result.path == "x.txt"


def test_linting_cp1252_bytes_reports_the_encoding() -> None:
    data = b"Payroll Analyst\r\n\r\nJob summary:\r\nWe pay on time \x96 every month.\r\n"
    result = lint_bytes(data, "x.txt", default_config())
    assert result.encoding == "cp1252"
    assert all(d.rule != "JD900" for d in result.diagnostics)
