"""Fixtures for tests against real local nodes (anvil and Hardhat, pinned npm packages).

Each pytest-xdist worker starts its own nodes lazily (session scope) on 127.0.0.1 and free
ports, and stops them by PID at the end. Tests take a fresh funded account each
(`new_account()`), so tests on one node never share a sender.

Fixtures:
  anvil_node / hardhat_node      session nodes, automine off (anvil --no-mining; hardhat auto:false)
  anvil / hardhat                the same node, reset for this test (next base fee 1 gwei, one block mined)
  node                           parametrized over both ("anvil", "hardhat")
  anvil_interval                 a second anvil mining every second (--block-time 1)
  fault_proxy                    factory: FaultProxy(target_url, faults, sticky=, deny_methods=) in front
                                 of a node (also records every byte sent through it)
Missing npm binaries: skip, unless CI is set (then the tests fail: run `npm ci` in tests/node/npm).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.node.faultproxy import FaultProxy
from tests.node.nodes import Node, binaries_present, start_anvil, start_hardhat

NEED = "node binaries missing: run `cd tests/node/npm && npm ci`"


def _require_binaries() -> None:
    if binaries_present():
        return
    if os.environ.get("CI"):
        pytest.fail(NEED + " (CI is set, so this is a failure, not a skip)")
    pytest.skip(NEED)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.node)


@pytest.fixture(scope="session")
def anvil_node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Node]:
    _require_binaries()
    node = start_anvil(tmp_path_factory.mktemp("anvil"), "--no-mining")
    yield node
    node.stop()


@pytest.fixture(scope="session")
def hardhat_node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Node]:
    _require_binaries()
    node = start_hardhat(tmp_path_factory.mktemp("hardhat"))
    yield node
    node.stop()


@pytest.fixture(scope="session")
def anvil_interval(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Node]:
    _require_binaries()
    node = start_anvil(tmp_path_factory.mktemp("anvil-interval"), "--block-time", "1")
    yield node
    node.stop()


@pytest.fixture
def anvil(anvil_node: Node) -> Node:
    anvil_node.reset_fees()
    return anvil_node


@pytest.fixture
def hardhat(hardhat_node: Node) -> Node:
    hardhat_node.reset_fees()
    return hardhat_node


@pytest.fixture(params=["anvil", "hardhat"])
def node(request: pytest.FixtureRequest) -> Node:
    n: Node = request.getfixturevalue(f"{request.param}_node")
    n.reset_fees()
    return n


@pytest.fixture
def fault_proxy() -> Iterator[Callable[..., FaultProxy]]:
    made: list[FaultProxy] = []

    def make(target_url: str, faults: list[str] | None = None, **kw: Any) -> FaultProxy:
        proxy = FaultProxy(target_url, faults or [], **kw)
        proxy.start()
        made.append(proxy)
        return proxy

    yield make
    for p in made:
        p.stop()
