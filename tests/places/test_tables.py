"""Reading the built Arrow tables (geo.places.tables)."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.feather as feather
import pytest

from geo.errors import DataError
from geo.places.tables import read_optional, read_table, require


def _write(path: Path) -> pa.Table:
    table = pa.table({"id": ["PK-BA", "PK-SD"], "n": [1, 2]})
    feather.write_feather(table, path, compression="uncompressed")
    return table


def test_a_written_table_reads_back(tmp_path: Path) -> None:
    table = _write(tmp_path / "t.arrow")
    assert read_table(tmp_path / "t.arrow").equals(table)
    assert read_optional(tmp_path / "t.arrow").equals(table)


def test_an_absent_optional_table_is_none(tmp_path: Path) -> None:
    assert read_optional(tmp_path / "counties.arrow") is None


def test_require_names_what_is_missing_and_how_to_build_it(tmp_path: Path) -> None:
    _write(tmp_path / "areas.arrow")
    require(tmp_path, ["areas.arrow"], "area")  # all there: nothing to say
    with pytest.raises(DataError) as info:
        require(tmp_path, ["areas.arrow", "borders.arrow", "neighbours.arrow"], "area")
    message = str(info.value)
    assert message.startswith(f"area files missing in {str(tmp_path)!r}: ['borders.arrow', 'neighbours.arrow']")
    assert message.endswith("run `python -m geo.places.build build`")
