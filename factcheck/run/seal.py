"""Sealing cache records, so a cache cannot be forged into deciding a gate.

A record is stored as its HMAC-SHA256 (32 bytes) followed by its bytes. The HMAC covers the
record's cache key, which hashes everything the record summarises (the articles' bytes,
ids and paths, the rules, the code version), and the record itself: a record moved under
another key, edited, or written by anyone without the secret does not verify.

The secret is not in the cache folder, so restoring a cache folder from elsewhere brings
no trust with it:
- FACTCHECK_CACHE_SECRET, when set (a CI secret shared by the runs that may share a cache);
- otherwise a random key made once in the user's cache folder ($XDG_CACHE_HOME or
  ~/.cache, file factcheck/secret, readable by the user only);
- otherwise (no writable home) a key for this process alone: the cache still works within
  the scan, and nothing from before is trusted.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from functools import lru_cache
from pathlib import Path

SECRET_ENV = "FACTCHECK_CACHE_SECRET"
_MAC_BYTES = 32


class Seal:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @staticmethod
    def for_this_user() -> "Seal":
        return Seal(_user_secret())

    def seal(self, key: str, record: bytes) -> bytes:
        return self._mac(key, record) + record

    def open(self, key: str, blob: bytes) -> bytes | None:
        """The record, or None when its seal does not verify."""
        mac, record = blob[:_MAC_BYTES], blob[_MAC_BYTES:]
        if len(mac) == _MAC_BYTES and hmac.compare_digest(mac, self._mac(key, record)):
            return record
        return None

    def _mac(self, key: str, record: bytes) -> bytes:
        digest = hmac.new(self._secret, key.encode("utf-8") + b"\0", hashlib.sha256)
        digest.update(record)
        return digest.digest()


@lru_cache(maxsize=1)
def _user_secret() -> bytes:
    shared = os.environ.get(SECRET_ENV)
    if shared:
        return shared.encode("utf-8")
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(home) / "factcheck" / "secret"
    try:
        if path.is_file() and not path.is_symlink():
            secret = path.read_bytes()
            if len(secret) >= 32:
                return secret
        path.parent.mkdir(parents=True, exist_ok=True)
        secret = secrets.token_bytes(32)
        # O_EXCL: never follow a link someone planted, never overwrite another scan's key.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(secret)
        return secret
    except FileExistsError:  # another scan made it just now
        try:
            secret = path.read_bytes()
            if len(secret) >= 32:
                return secret
        except OSError:
            pass
    except OSError:
        pass
    return secrets.token_bytes(32)
