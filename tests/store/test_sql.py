"""The statements both map stores share (geo.store.sql), run on an in-memory SQLite database."""
from __future__ import annotations

import ast
import inspect
import sqlite3
from collections.abc import Iterator
from contextlib import closing

import pytest

import geo.store.sql as sql_module
from geo.config import Limits
from geo.errors import LimitError
from geo.store.base import EncodedMap
from geo.store.sql import POSTGRES, SQLITE, count_maps, has_map, load_row, save_map, stored_bytes
from geo.store.sqlite import MIGRATIONS

NOW = "2026-01-02T03:04:05+00:00"


@pytest.fixture()
def conn() -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(":memory:")) as c:
        for step in MIGRATIONS:
            for statement in step:
                c.execute(statement)
        yield c


def _log(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return conn.execute("SELECT map_id, action FROM map_log ORDER BY seq").fetchall()


def _save(conn: sqlite3.Connection, map_id: str, text: str, quota: Limits | None = None) -> str:
    return save_map(conn, SQLITE, EncodedMap(text, len(text.encode()), f"h-{text}"), map_id=map_id, now=NOW,
                    quota=quota or Limits())


def test_a_new_map_is_stored_and_logged(conn: sqlite3.Connection) -> None:
    assert _save(conn, "id-one", '{"a": 1}') == "id-one"
    assert load_row(conn, SQLITE, "id-one") == ('{"a": 1}', 'h-{"a": 1}')
    assert has_map(conn, SQLITE, "id-one") and not has_map(conn, SQLITE, "id-two")
    assert load_row(conn, SQLITE, "id-two") is None
    assert count_maps(conn) == 1 and stored_bytes(conn) == 8
    assert _log(conn) == [("id-one", "save")]


def test_an_identical_map_gives_the_first_id_back(conn: sqlite3.Connection) -> None:
    _save(conn, "id-one", '{"a": 1}')
    assert _save(conn, "id-two", '{"a": 1}') == "id-one"
    assert count_maps(conn) == 1 and not has_map(conn, SQLITE, "id-two")
    assert _log(conn) == [("id-one", "save"), ("id-one", "save-same")]


def test_the_quota_is_checked_before_anything_is_written(conn: sqlite3.Connection) -> None:
    _save(conn, "id-one", "x" * 60)
    with pytest.raises(LimitError, match="the map store is full"):
        _save(conn, "id-two", "y" * 60, quota=Limits(max_store_bytes=100))
    assert count_maps(conn) == 1 and _log(conn) == [("id-one", "save")]
    # an identical map costs nothing, so a full store still answers with its id
    assert _save(conn, "id-three", "x" * 60, quota=Limits(max_store_bytes=100)) == "id-one"


def test_an_empty_store_holds_no_bytes(conn: sqlite3.Connection) -> None:
    assert count_maps(conn) == 0 and stored_bytes(conn) == 0


@pytest.mark.parametrize("dialect, marker", [(SQLITE, "?"), (POSTGRES, "%s")])
def test_each_dialect_writes_its_own_parameter_marker(dialect: sql_module.Dialect, marker: str) -> None:
    assert dialect.sql("INSERT INTO t (a, b) VALUES ({p}, {p})") == f"INSERT INTO t (a, b) VALUES ({marker}, {marker})"


def test_sql_is_always_parameterized() -> None:
    """Every statement is a constant of the module (values go as parameters): ``execute`` takes a
    constant, or ``dialect.sql(constant)``, and the constants hold no other format field than ``{p}``."""
    tree = ast.parse(inspect.getsource(sql_module))
    constants = {
        t.id: node.value.value
        for node in tree.body if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for t in node.targets if isinstance(t, ast.Name)
    }
    executes = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "execute":
            executes += 1
            first = node.args[0]
            if isinstance(first, ast.Call):
                assert ast.unparse(first.func) == "dialect.sql", ast.unparse(node)
                first = first.args[0]
            assert isinstance(first, ast.Name) and first.id in constants, ast.unparse(node)
            assert constants[first.id].replace("{p}", "").count("{") == 0, constants[first.id]
    assert executes == 8
