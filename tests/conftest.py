"""Shared fixtures: settings pointed at the project's loopback E-utilities stub.

Retrieval tests run over real HTTP against ``synth.stub.run_stub`` (never mocks).
Backoff is shrunk so retries take milliseconds; the rate limiter itself is honoured, at
10 requests/s (an API-key-ish setting) unless a test passes ``api_key=None`` for NCBI's 3/s.
"""

from __future__ import annotations

import dataclasses
import socket
from pathlib import Path

import pytest

from synth.config import Settings

TEST_EMAIL = "tester@example.org"
TEST_KEY = "test-api-key-0123456789"  # API-key-ish: the client may send 10 requests/s


def stub_settings(stub_or_url, *, cache_path: Path, **overrides) -> Settings:
    """Settings for a run against ``stub_or_url`` (a StubServer or a base URL)."""
    url = getattr(stub_or_url, "url", stub_or_url)
    values = {
        "eutils_url": url,
        "email": TEST_EMAIL,
        "api_key": TEST_KEY,
        "cache_path": cache_path,
        "backoff_base": 0.01,
        "backoff_max": 0.05,
        "progress": False,
        **overrides,
    }
    return dataclasses.replace(Settings(), **values)


@pytest.fixture
def settings_for(tmp_path):
    """``settings_for(stub, **overrides)`` -> Settings with a fresh cache in tmp_path."""

    def make(stub_or_url, **overrides) -> Settings:
        overrides.setdefault("cache_path", tmp_path / "cache.sqlite")
        return stub_settings(stub_or_url, **overrides)

    return make


@pytest.fixture
def closed_port_url() -> str:
    """An E-utilities URL on a local port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/entrez/eutils/"
