"""The `.txnindex` file (Kafka's TransactionIndex / AbortedTxn): bytes, search, truncation,
recovery checks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storage.transaction_index import (
    ENTRY_SIZE,
    AbortedTxn,
    CorruptIndexError,
    TransactionIndex,
)

TXNS = [AbortedTxn(0, 0, 10, 11), AbortedTxn(1, 5, 15, 13), AbortedTxn(2, 18, 35, 25),
        AbortedTxn(3, 32, 50, 40)]


def index(tmp_path: Path, start: int = 0) -> TransactionIndex:
    return TransactionIndex(str(tmp_path / f"{start:020d}.txnindex"), start)


def test_entry_bytes() -> None:
    entry = AbortedTxn(producer_id=7, first_offset=100, last_offset=150, last_stable_offset=120)
    data = entry.encode()
    assert data == bytes.fromhex(
        "0000"               # version 0
        "0000000000000007"   # producer id
        "0000000000000064"   # first offset 100
        "0000000000000096"   # last offset 150 (the ABORT marker)
        "0000000000000078"   # last stable offset 120
    )
    assert len(data) == ENTRY_SIZE and AbortedTxn.decode(data) == entry


def test_file_holds_the_entries_and_loads_back(tmp_path: Path) -> None:
    idx = index(tmp_path)
    assert not os.path.exists(idx.path)  # created by the first append only
    for t in TXNS:
        idx.append(t)
    idx.flush()
    idx.close()
    assert Path(idx.path).read_bytes() == b"".join(t.encode() for t in TXNS)
    loaded = TransactionIndex.load(idx.path, 0)
    assert loaded.all_aborted_txns() == TXNS and loaded.last_offset == 50
    loaded.append(AbortedTxn(4, 51, 60, 55))  # appends after reopening
    assert len(TransactionIndex.load(idx.path, 0)) == 5
    assert len(TransactionIndex.load(str(tmp_path / "missing.txnindex"), 0)) == 0


def test_last_offset_must_increase(tmp_path: Path) -> None:
    idx = index(tmp_path)
    idx.append(AbortedTxn(0, 0, 10, 11))
    with pytest.raises(ValueError):
        idx.append(AbortedTxn(1, 5, 10, 13))
    with pytest.raises(ValueError):
        idx.append(AbortedTxn(1, 5, 9, 13))


def test_collect_aborted_transactions(tmp_path: Path) -> None:
    idx = index(tmp_path)
    for t in TXNS:
        idx.append(t)
    assert idx.collect_aborted_txns(0, 100) == (TXNS, False)
    assert idx.collect_aborted_txns(0, 32) == (TXNS[:3], True)
    assert idx.collect_aborted_txns(0, 35) == (TXNS, True)
    assert idx.collect_aborted_txns(10, 35) == (TXNS, True)
    assert idx.collect_aborted_txns(11, 35) == (TXNS[1:], True)
    assert idx.collect_aborted_txns(20, 41) == (TXNS[2:], False)
    assert idx.collect_aborted_txns(51, 60) == ([], False)


def test_truncate(tmp_path: Path) -> None:
    idx = index(tmp_path)
    for t in TXNS:
        idx.append(t)
    idx.truncate_to(51)
    assert len(idx) == 4
    idx.truncate_to(35)  # the abort marked at 35 is cut off, and everything after it
    assert idx.all_aborted_txns() == TXNS[:2] and idx.last_offset == 15
    assert os.path.getsize(idx.path) == 2 * ENTRY_SIZE
    idx.append(AbortedTxn(5, 20, 30, 31))  # appends continue after the cut
    assert TransactionIndex.load(idx.path, 0).all_aborted_txns()[-1].producer_id == 5
    idx.reset()
    assert len(idx) == 0 and os.path.getsize(idx.path) == 0


def test_sanity_check(tmp_path: Path) -> None:
    idx = index(tmp_path, start=30)
    path = idx.path
    Path(path).write_bytes(b"".join(t.encode() for t in TXNS))
    with pytest.raises(CorruptIndexError, match="ends before"):
        TransactionIndex.load(path, 30)  # entries ending before the segment's base offset
    assert len(TransactionIndex.load(path, 0)) == 4


def test_torn_and_foreign_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "00000000000000000000.txnindex"
    good = b"".join(t.encode() for t in TXNS)
    for n in range(1, ENTRY_SIZE):
        path.write_bytes(good[:-n])
        with pytest.raises(CorruptIndexError):
            TransactionIndex.load(str(path), 0)
    path.write_bytes(b"\x00\x01" + good[2:])  # a version this code does not know
    with pytest.raises(CorruptIndexError, match="version 1"):
        TransactionIndex.load(str(path), 0)


def test_rename_and_delete(tmp_path: Path) -> None:
    idx = index(tmp_path)
    idx.append(TXNS[0])
    target = str(tmp_path / "00000000000000000000.txnindex.deleted")
    idx.rename_to(target)
    assert os.path.exists(target) and idx.path == target
    idx.append(TXNS[1])  # the open descriptor follows the file
    assert len(TransactionIndex.load(target, 0)) == 2
    assert idx.delete_if_exists() and not idx.delete_if_exists()
