"""The packages import and the CLI answers: the floor every later test stands on."""

import subprocess
import sys

import kafkapy
import storage
import wire


def test_packages_import() -> None:
    assert kafkapy.__version__
    assert wire.__doc__ and storage.__doc__


def test_cli_usage_exit_code() -> None:
    proc = subprocess.run([sys.executable, "-m", "kafkapy"], capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert "usage" in proc.stderr
