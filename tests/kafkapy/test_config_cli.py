"""`kafkapy serve` with a bad configuration stops before binding anything: exit status 1 and
one line on stderr naming the key (the unknown-key warning is tested in config/test_kafka_config.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def serve(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kafkapy", "serve", *args],
                          check=False, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(("key", "value"), [
    ("log.segment.bytes", "12"),
    ("num.partitions", "many"),
    ("listeners", "SSL://127.0.0.1:9093"),
    ("auto.create.topics.enable", "maybe"),
])
def test_bad_override_is_one_line_naming_the_key(tmp_path: Path, key: str, value: str) -> None:
    proc = serve("--override", f"log.dirs={tmp_path}", "--override", f"{key}={value}")
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("kafkapy: ")]
    assert len(errors) == 1 and key in errors[0], proc.stderr
    assert not any(tmp_path.iterdir())  # nothing was started or written


def test_bad_value_in_properties_file(tmp_path: Path) -> None:
    props = tmp_path / "server.properties"
    props.write_text(f"log.dirs={tmp_path / 'data'}\nmessage.max.bytes=-5\n")
    proc = serve(str(props))
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1] == (
        "kafkapy: Invalid value -5 for configuration message.max.bytes: "
        "Value must be at least 0")


def test_missing_properties_file(tmp_path: Path) -> None:
    proc = serve(str(tmp_path / "nope.properties"))
    assert proc.returncode == 1 and "nope.properties" in proc.stderr
