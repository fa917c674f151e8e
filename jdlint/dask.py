"""Lint postings on a Dask cluster: a bag of records in, a bag of results out.

A job board auditing millions of postings reads its export into a ``dask.bag`` (for example
``dask.bag.read_text("postings-*.jsonl").map(json.loads)``, or a dataframe's ``to_bag(format=
"dict")``) and lints it on whatever cluster it already runs::

    results = jdlint.dask.lint_bag(records, text_field="description", id_field="id")
    results.map(jdlint.dask.to_json).map(json.dumps).to_textfiles("results-*.jsonl")

The configuration is read once, on the client, and the same one travels to every worker with
each partition's task; results are plain picklable objects. Needs ``pip install jdlint[dask]``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dask import bag

from jdlint.config import Config, default_config, use_languages
from jdlint.exports import Fields, record_row, shown_name
from jdlint.formatters.json_format import file_entry
from jdlint.parallel import lint_row
from jdlint.results import FileResult


def lint_bag(
    records: bag.Bag,
    *,
    text_field: str | None = None,
    id_field: str | None = None,
    source: str = "postings",
    config: Config | None = None,
    language: str = "auto",
) -> bag.Bag:
    """A bag of :class:`FileResult`, one per record of *records*, in the same order.

    Each record is a mapping; its text is *text_field* (default: the first of
    ``description``, ``job_description``, ``body``, ``text``, ``content``) and its id
    *id_field* (default: ``id``, ``job_id`` …). Results are named ``<source>#<id>``. A record
    that cannot be read gets JD900 with the reason. *config* defaults to the built-in rules
    (``jdlint.load_config(path)`` reads a project's).
    """
    return records.map_partitions(
        lint_partition,
        fields=Fields(text_field, id_field),
        source=source,
        config=config or default_config(),
        language=language,
    )


def lint_partition(
    records: Iterable[Any], *, fields: Fields, source: str, config: Config, language: str
) -> list[FileResult]:
    """The results of one partition's records (numbered within the partition if id-less)."""
    use_languages(config)
    rows = (record_row(record, number, fields) for number, record in enumerate(records, 1))
    return [lint_row((shown_name(source, row), row), config, language) for row in rows]


def to_json(result: FileResult) -> dict[str, Any]:
    """A result as one entry of the JSON output's ``files`` list."""
    return file_entry(result)
