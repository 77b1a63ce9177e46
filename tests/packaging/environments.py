"""New virtual environments that install factcheck without the network.

The current environment's packages (factcheck's dependencies) are visible behind the new
environment's own through a .pth file, so pip finds every dependency installed and never looks
for one; what is installed goes into the new environment, which comes first on its path.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def checkout(destination: Path) -> Path:
    """A copy of the repository's files as a fresh checkout has them: tracked and new ones, none that
    git ignores, links kept as links. Builds write into it, never into the work tree, and find no
    build output left from an earlier run."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source, target = ROOT / name, destination / name
        if not source.is_symlink() and not source.exists():
            continue  # deleted from the work tree, not yet from the index
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            target.symlink_to(os.readlink(source))
        else:
            shutil.copy2(source, target)
    return destination


class OfflineVenv:
    def __init__(self, root: Path):
        self.root = root
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
        purelib = Path(sysconfig.get_paths("venv", vars={"base": str(root), "platbase": str(root)})["purelib"])
        inherited = [*site.getsitepackages(), *([site.getusersitepackages()] if site.ENABLE_USER_SITE else [])]
        (purelib / "_inherited.pth").write_text("".join(f"{path}\n" for path in inherited), encoding="utf-8")
        self.purelib = purelib

    def environ(self, **extra: str) -> dict[str, str]:
        """The process environment of a shell in this virtual environment, with pip kept off the network
        and away from this machine's pip configuration."""
        kept = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV", "UV_")) and name != "PATH"
        }
        return {
            **kept,
            "PATH": f"{self.root / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
            "VIRTUAL_ENV": str(self.root),
            "PIP_CONFIG_FILE": os.devnull,
            "PIP_NO_INDEX": "1",
            "PIP_DISABLE_PIP_VERSION_CHECK": "1",
            # pip reads this variable inverted: "0" turns build isolation off, so the build
            # backend comes from the inherited packages rather than from an index.
            "PIP_NO_BUILD_ISOLATION": "0",
            **extra,
        }

    def run(self, *command: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            command, cwd=cwd, env=self.environ(**(env or {})), capture_output=True, text=True, check=False
        )

    def pip_install(self, target: str | Path, cwd: Path) -> None:
        result = self.run("python", "-m", "pip", "install", "--quiet", str(target), cwd=cwd)
        assert result.returncode == 0, result.stderr

    def where(self, module: str, cwd: Path) -> Path:
        """The file a module is imported from in this environment."""
        result = self.run("python", "-c", f"import {module}; print({module}.__file__)", cwd=cwd)
        assert result.returncode == 0, result.stderr
        return Path(result.stdout.strip())
