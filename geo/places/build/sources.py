"""Where the builder's inputs come from: registry packages and Debian's Natural Earth GeoPackage."""
from __future__ import annotations

import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from geo.errors import DataError

__all__ = [
    "WORLD_MAP_ENV",
    "find_world_map",
    "package_version",
    "package_dir",
    "inputs_fingerprint",
    "sha256_file",
    "us_zip_rows",
]

WORLD_MAP_ENV = "BORDERLINES_WORLD_MAP"
SYSTEM_WORLD_MAP = Path("/usr/share/qgis/resources/data/world_map.gpkg")
_IN_DEB = Path("usr/share/qgis/resources/data/world_map.gpkg")


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "borderlines"


def find_world_map(download: bool = True) -> Path:
    """Path of Natural Earth's ``world_map.gpkg`` (Debian package ``qgis-common``).

    Looked for, in order: ``$BORDERLINES_WORLD_MAP``; the installed package's file; a copy
    unpacked earlier into ``~/.cache/borderlines``; else (``download=True``) ``apt-get download
    qgis-common`` and ``dpkg-deb -x`` into that cache (announced on stderr).
    """
    env = os.environ.get(WORLD_MAP_ENV)
    if env:
        path = Path(env)
        if not path.is_file():
            raise DataError(f"{WORLD_MAP_ENV}={env!r} is not a file")
        return path
    if SYSTEM_WORLD_MAP.is_file():
        return SYSTEM_WORLD_MAP
    cached = _cache_dir() / "qgis-common" / _IN_DEB
    if cached.is_file():
        return cached
    if not download:
        raise DataError(
            "world_map.gpkg not found: set BORDERLINES_WORLD_MAP, install qgis-common, "
            "or let the builder download it"
        )
    return _download_world_map(cached.parents[len(_IN_DEB.parts) - 1])


def _download_world_map(target: Path) -> Path:
    if not (shutil.which("apt-get") and shutil.which("dpkg-deb")):
        raise DataError("world_map.gpkg not found and apt-get/dpkg-deb are unavailable to fetch qgis-common")
    print(f"geo.places.build: downloading Debian's qgis-common into {target} (for world_map.gpkg)", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run(
            ["apt-get", "download", "qgis-common"], cwd=tmp, capture_output=True, text=True
        )
        if result.returncode != 0 and os.geteuid() == 0:
            # A fresh container has no package lists yet.
            subprocess.run(["apt-get", "update"], capture_output=True, check=False)
            result = subprocess.run(
                ["apt-get", "download", "qgis-common"], cwd=tmp, capture_output=True, text=True
            )
        debs = sorted(Path(tmp).glob("qgis-common_*.deb"))
        if result.returncode != 0 or not debs:
            raise DataError(f"apt-get download qgis-common failed: {result.stderr.strip()!r}")
        # Unpack beside the target, then rename: builds running at once (pytest -n 2) never
        # read a half-unpacked GeoPackage, and the first complete copy wins.
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
        try:
            subprocess.run(["dpkg-deb", "-x", str(debs[0]), str(staging)], check=True)
            try:
                os.rename(staging, target)
            except OSError:
                if not (target / _IN_DEB).is_file():
                    raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    path = target / _IN_DEB
    if not path.is_file():
        raise DataError(f"qgis-common did not contain {_IN_DEB}")
    return path


def package_version(name: str) -> str:
    """Installed version of a distribution (for the manifest and the inputs fingerprint)."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError as err:
        raise DataError(f"build dependency {name!r} is not installed (pip install -r requirements-build.txt)") from err


def package_dir(module: str) -> Path:
    """Directory of an importable module's package (its data files live under it)."""
    import importlib

    return Path(importlib.import_module(module).__file__).parent


def inputs_fingerprint(code: Iterable[Path], files: Iterable[tuple[str, Path]], packages: Iterable[str]) -> str:
    """sha256 over a build step's inputs, in this order: its code files (name and bytes), the
    files it reads (a label and their sha256) and the versions of the packages it uses."""
    h = hashlib.sha256()
    for path in code:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    for label, path in files:
        h.update(label.encode())
        h.update(sha256_file(path).encode())
    for name in packages:
        h.update(f"{name}=={package_version(name)}".encode())
    return h.hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def us_zip_rows() -> list[dict]:
    """Every US ZIP record of the ``zipcodes`` package (state, county, lat, long as strings),
    sorted by ZIP code. A build-time input only: the runtime never imports ``zipcodes``."""
    try:
        import zipcodes
    except ImportError as err:
        raise DataError("build dependency 'zipcodes' is not installed (pip install -r requirements-build.txt)") from err
    return sorted(zipcodes.list_all(), key=lambda r: r["zip_code"])
