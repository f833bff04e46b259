"""Fee suggestions side by side on the same fee history: walletdoc vs web3.py, MetaMask, ethers v6, anvil.

Run from the repo root:  python bench/bench_gas.py

Starts its own anvil (tests/node/npm/node_modules/.bin/anvil, 127.0.0.1, free port, --no-mining),
produces blocks with varied tips (scenario h of reference/anvil_recipes.py, then a busier set), and
prints for each situation, from ONE eth_feeHistory(5, latest, [10, 20, 30]) and the same head:
walletdoc's low/medium/high (checks/gas.py), MetaMask's published fee-history method, web3.py 8's
default fees (max_priority_fee + 2 x latest base fee, read through web3.py itself), ethers v6 getFeeData
(2 x latest base + eth_maxPriorityFeePerGas), and anvil's eth_gasPrice / eth_maxPriorityFeePerGas.
For every row: whether the cap covers the next block's base fee and how many of the last 5 blocks'
10th-percentile tips the tip clears. Also times the pure computation and the `gas` command's RPC work.
Never asserts anything. Stops anvil by PID.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from tests.node.nodes import GWEI, Node, binaries_present, start_anvil  # noqa: E402
from walletdoc.checks import gas  # noqa: E402

SCENARIOS = {
    "h (tips 1..20 gwei, base ~1 gwei)": [[1, 2, 3], [1, 5, 10], [2, 2, 2, 20], [1, 3], [4, 6, 8, 12]],
    "busy (tips 15..60 gwei, base set to 30 gwei)": [[15, 20, 30], [20, 25, 40], [18, 30, 60], [25, 30, 35], [20, 22, 50]],
}
BASES = {"h (tips 1..20 gwei, base ~1 gwei)": GWEI, "busy (tips 15..60 gwei, base set to 30 gwei)": 30 * GWEI}


def g(wei: int) -> str:
    return f"{wei / GWEI:10.3f}"


def produce(node: Node, tips_per_block: list[list[int]], base: int) -> None:
    senders = [node.new_account() for _ in range(4)]
    node.set_next_base_fee(base)
    node.mine()
    for tips in tips_per_block:
        for i, tip in enumerate(tips):
            node.send(senders[i], maxFeePerGas=2 * base + (tip + 5) * GWEI, maxPriorityFeePerGas=tip * GWEI)
        node.mine()


def rows_for(node: Node) -> tuple[list[tuple[str, int, int]], gas.FeeHistory, int]:
    from web3 import HTTPProvider, Web3

    raw = node.call("eth_feeHistory", "0x5", "latest", [10, 20, 30])
    fh = gas.parse_fee_history(raw)
    next_base = int(node.call("eth_getBlockByNumber", "pending", False)["baseFeePerGas"], 16)
    latest_base = int(node.call("eth_getBlockByNumber", "latest", False)["baseFeePerGas"], 16)
    node_tip = int(node.call("eth_maxPriorityFeePerGas"), 16)
    node_price = int(node.call("eth_gasPrice"), 16)
    w3 = Web3(HTTPProvider(node.url))
    w3_tip = int(w3.eth.max_priority_fee)
    w3_base = int(w3.eth.get_block("latest")["baseFeePerGas"])
    rows: list[tuple[str, int, int]] = []
    for name, s in gas.suggest_eip1559(fh, next_base).items():
        rows.append((f"walletdoc {name}", s.max_fee_per_gas, s.max_priority_fee_per_gas))
    for name, s in gas.metamask_fee_history_method(fh).items():
        rows.append((f"MetaMask fee-history {name}", s.max_fee_per_gas, s.max_priority_fee_per_gas))
    rows.append(("web3.py 8 default", w3_tip + 2 * w3_base, w3_tip))
    rows.append(("ethers v6 getFeeData", 2 * latest_base + node_tip, node_tip))
    rows.append(("anvil eth_gasPrice / maxPriorityFee", node_price, node_tip))
    return rows, fh, next_base


def report(title: str, node: Node) -> None:
    rows, fh, next_base = rows_for(node)
    p10 = [row[0] for row in fh.rewards]
    print(f"\n== {title}")
    print(f"   latest base {fh.base_fees[-2] / GWEI:.3f} gwei, next base {next_base / GWEI:.3f} gwei, "
          f"p10/p20/p30 rewards (gwei) {[[x / GWEI for x in r] for r in fh.rewards]}")
    print(f"   {'estimator':34s} {'max fee':>10s} {'tip':>10s}  {'cap/next base':>13s}  {'clears p10 of':>13s}  "
          f"{'survives full blocks':>20s}")
    for label, cap, tip in rows:
        clears = sum(1 for x in p10 if x <= tip)
        survive = 0  # full blocks after the next one during which the cap still pays the whole tip
        while survive < 50 and gas.project_base_fee(next_base, survive + 1) + tip <= cap:
            survive += 1
        print(f"   {label:34s} {g(cap)} {g(tip)}  {cap / next_base:13.2f}  {clears:>9d} / {len(p10)}  {survive:>20d}")


def timings(node: Node) -> None:
    raw = node.call("eth_feeHistory", "0x5", "latest", [10, 20, 30])
    fh = gas.parse_fee_history(raw)
    n = 20000
    t0 = time.perf_counter()
    for _ in range(n):
        gas.suggest_eip1559(fh, fh.base_fees[-1])
    pure = (time.perf_counter() - t0) / n
    from walletdoc.rpc.client import RpcClient
    from walletdoc.rpc.fees import fee_inputs

    t0 = time.perf_counter()
    client = RpcClient(node.url)
    fee_inputs(client)
    rpc = time.perf_counter() - t0
    print(f"\n   pure algorithm: {pure * 1e6:.1f} us per call; gas inputs over RPC: {rpc * 1e3:.1f} ms "
          f"in {client.requests_sent} HTTP requests (ratio {rpc / pure:.0f}x)")


def main() -> int:
    if not binaries_present():
        print("anvil missing: run `cd tests/node/npm && npm ci`")
        return 0
    node = start_anvil(Path(tempfile.mkdtemp(prefix="bench-gas-")), "--no-mining")
    try:
        print(f"anvil pid {node.proc.pid} at {node.url}")
        for title, tips in SCENARIOS.items():
            produce(node, tips, BASES[title])
            report(title, node)
        node.mine(3)
        report("after 3 empty blocks", node)
        timings(node)
    finally:
        node.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
