"""A tiny GeoParquet that unpacks to a huge table is refused before it is built (issue #16).

"Open batch map" once checked only the file's size: 6 MB of Parquet held 50 M rows and took
5 GB of memory. The row count and uncompressed size in the file's metadata are checked first,
then the columns are decoded in bounded batches.
"""
from __future__ import annotations

import io

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from geo.batch import view as batchview
from geo.errors import InputError


def _bomb(rows: int) -> bytes:
    """A Parquet file of ``rows`` identical rows (dictionary + run-length encoding: a few kB)."""
    table = pa.table({"event_id": pa.array(["x" * 40] * rows), "geometry": pa.array([b"\x01"] * rows)})
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd")
    return buf.getvalue()


def test_too_many_rows_is_refused_from_the_metadata_with_the_variable_named(monkeypatch) -> None:
    monkeypatch.setenv("BORDERLINES_MAX_PARQUET_ROWS", "100000")
    data = _bomb(300_000)
    assert len(data) < 100_000  # small on disk: the file size check lets it through
    with pytest.raises(InputError, match=r"300,000 rows.*BORDERLINES_MAX_PARQUET_ROWS"):
        batchview.layers_from_parquet(data, name="events.parquet")


def test_a_large_uncompressed_size_is_refused(monkeypatch) -> None:
    monkeypatch.setenv("BORDERLINES_MAX_PARQUET_BYTES", "1MB")
    with pytest.raises(InputError, match=r"unpacks to more than .*BORDERLINES_MAX_PARQUET_BYTES"):
        batchview.layers_from_parquet(_bomb(300_000), name="events.parquet")


def test_the_real_size_is_counted_when_the_metadata_understates_it(monkeypatch) -> None:
    """Even with the declared sizes trusted, decoding stops once the decoded batches pass the limit."""
    monkeypatch.setenv("BORDERLINES_MAX_PARQUET_BYTES", "1MB")
    real = pq.ParquetFile

    class Lying:
        def __init__(self, *a, **k) -> None:
            self._pf = real(*a, **k)

        @property
        def metadata(self):
            m = self._pf.metadata

            class RG:
                total_byte_size = 1

            class Meta:
                num_rows, num_row_groups = m.num_rows, m.num_row_groups

                def row_group(self, i):  # noqa: ANN001
                    return RG()

            return Meta()

        def iter_batches(self, **k):
            return self._pf.iter_batches(**k)

    monkeypatch.setattr(pq, "ParquetFile", Lying)
    with pytest.raises(InputError, match="BORDERLINES_MAX_PARQUET_BYTES"):
        batchview.layers_from_parquet(_bomb(300_000), name="events.parquet")
