"""Real local Ethereum nodes for the online tests: start, drive, stop (by PID).

`Node` wraps one anvil or Hardhat process bound to 127.0.0.1 on a free port, and talks to it
with its own tiny JSON-RPC client (deliberately NOT walletdoc.rpc, which is what is under
test). Helpers create situations for real: fresh funded accounts, signed raw transactions,
mining, the next block's base fee, dropping a tx, and tiny hand-assembled contracts that
revert with Error(string), Panic(0x11), a custom error, a bare revert, or loop until out of gas.
Only throw-away keys made here (and the public dev keys) are used.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from eth_abi import encode as abi_encode
from eth_account import Account
from eth_account.signers.local import LocalAccount
from eth_utils import keccak, to_checksum_address

NPM_DIR = Path(__file__).resolve().parent / "npm"
ANVIL_BIN = NPM_DIR / "node_modules" / ".bin" / "anvil"
HARDHAT_BIN = NPM_DIR / "node_modules" / ".bin" / "hardhat"
GWEI = 10**9
ETHER = 10**18
SINK = "0x000000000000000000000000000000000000dEaD"

# anvil / hardhat dev key #0 ("test test ... junk"): public test data
DEV_KEY_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

HARDHAT_CONFIG = (
    "module.exports = { networks: { hardhat: { chainId: 31337, "
    "mining: { auto: false, interval: 0 } } } };\n"
)


class NodeCallError(Exception):
    def __init__(self, method: str, error: dict[str, Any]) -> None:
        super().__init__(f"{method}: {error.get('message')}")
        self.method = method
        self.error = error
        self.message = str(error.get("message", ""))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def binaries_present() -> bool:
    return ANVIL_BIN.exists() and HARDHAT_BIN.exists()


class Node:
    """One local node process; `kind` is "anvil" or "hardhat" (their RPC namespaces differ)."""

    def __init__(self, kind: str, argv: list[str], port: int, cwd: Path, env: dict[str, str]) -> None:
        self.kind = kind
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.chain_id = 31337
        self.log_path = cwd / f"{kind}-{port}.log"
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=self._log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL)
        self._id = 0
        self._wait_ready()

    # ------------------------------------------------------------------ process
    def _wait_ready(self, limit: float = 60.0) -> None:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.kind} exited early; log: {self.log_tail()}")
            try:
                self.chain_id = int(self.call("eth_chainId"), 16)
                return
            except (OSError, urllib.error.URLError, ValueError):
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"{self.kind} did not answer on {self.url}; log: {self.log_tail()}")

    def log_tail(self) -> str:
        try:
            return self.log_path.read_bytes()[-1500:].decode("utf-8", "replace")
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()  # our own child, by PID
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._log.close()

    # ------------------------------------------------------------------ raw JSON-RPC
    def request(self, method: str, *params: Any) -> dict[str, Any]:
        self._id += 1
        body = json.dumps({"jsonrpc": "2.0", "id": self._id, "method": method, "params": list(params)}).encode()
        req = urllib.request.Request(self.url, data=body, headers={"Content-Type": "application/json"})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(req, timeout=30) as resp:
                return json.loads(resp.read())  # type: ignore[no-any-return]
        except urllib.error.HTTPError as exc:  # hardhat answers some errors with HTTP 4xx/5xx + JSON
            return json.loads(exc.read())  # type: ignore[no-any-return]

    def call(self, method: str, *params: Any) -> Any:
        answer = self.request(method, *params)
        if "error" in answer:
            raise NodeCallError(method, answer["error"])
        return answer.get("result")

    @property
    def ns(self) -> str:
        return "anvil" if self.kind == "anvil" else "hardhat"

    # ------------------------------------------------------------------ situations
    def mine(self, blocks: int = 1) -> None:
        self.call(f"{self.ns}_mine", hex(blocks))

    def set_next_base_fee(self, wei: int) -> None:
        self.call(f"{self.ns}_setNextBlockBaseFeePerGas", hex(wei))

    def drop(self, tx_hash: str) -> None:
        self.call(f"{self.ns}_dropTransaction", tx_hash)

    def set_balance(self, address: str, wei: int) -> None:
        self.call(f"{self.ns}_setBalance", address, hex(wei))

    def reset_fees(self, base_fee: int = GWEI) -> None:
        """Start a test from a known base fee: next block at `base_fee`, mined (pending txs go with it)."""
        self.set_next_base_fee(base_fee)
        self.mine()

    def new_account(self, wei: int = 100 * ETHER) -> LocalAccount:
        acct: LocalAccount = Account.create()
        self.set_balance(acct.address, wei)
        return acct

    def nonce(self, address: str, tag: str = "latest") -> int:
        return int(self.call("eth_getTransactionCount", address, tag), 16)

    def balance(self, address: str, tag: str = "latest") -> int:
        return int(self.call("eth_getBalance", address, tag), 16)

    def head(self) -> int:
        return int(self.call("eth_blockNumber"), 16)

    def tx(self, tx_hash: str) -> dict[str, Any] | None:
        return self.call("eth_getTransactionByHash", tx_hash)  # type: ignore[no-any-return]

    def receipt(self, tx_hash: str) -> dict[str, Any] | None:
        return self.call("eth_getTransactionReceipt", tx_hash)  # type: ignore[no-any-return]

    def sign(self, acct: LocalAccount, **kw: Any) -> str:
        """A signed raw tx (hex). Defaults: type 2, 1 wei to SINK, 21000 gas, cap 3 gwei, tip 1 gwei."""
        tx: dict[str, Any] = dict(type=2, chainId=self.chain_id, to=SINK, value=1, gas=21000,
                                  maxFeePerGas=3 * GWEI, maxPriorityFeePerGas=GWEI)
        tx.update(kw)
        if "nonce" not in tx:
            tx["nonce"] = self.nonce(acct.address, "pending")
        if tx.get("to") is None:
            tx.pop("to")
        if "gasPrice" in tx:
            for k in ("type", "maxFeePerGas", "maxPriorityFeePerGas"):
                tx.pop(k, None)
        return "0x" + acct.sign_transaction(tx).raw_transaction.hex()

    def send_raw(self, raw: str) -> str:
        return str(self.call("eth_sendRawTransaction", raw))

    def send(self, acct: LocalAccount, **kw: Any) -> str:
        return self.send_raw(self.sign(acct, **kw))

    def deploy(self, acct: LocalAccount, runtime: bytes) -> str:
        h = self.send(acct, to=None, value=0, gas=300_000, data=initcode(runtime), maxFeePerGas=100 * GWEI)
        self.mine()
        rc = self.receipt(h)
        assert rc and rc["status"] == "0x1", rc
        return str(to_checksum_address(rc["contractAddress"]))

    def recent_tips(self, acct_count: int = 3, tip_gwei: int = 20, blocks: int = 3) -> None:
        """Mine `blocks` blocks carrying txs that pay `tip_gwei` tips (so fee history shows real rewards)."""
        senders = [self.new_account() for _ in range(acct_count)]
        for _ in range(blocks):
            for a in senders:
                self.send(a, maxFeePerGas=(tip_gwei + 50) * GWEI, maxPriorityFeePerGas=tip_gwei * GWEI)
            self.mine()


# ---------------------------------------------------------------------- starting nodes
def node_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "HARDHAT_DISABLE_TELEMETRY_PROMPT": "true",
        "DO_NOT_TRACK": "1",
        "NO_COLOR": "1",
        "FOUNDRY_DISABLE_NIGHTLY_WARNING": "1",
        # nothing here needs the internet: point any proxy-aware fetch at a dead port
        "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9",
        "NO_PROXY": "127.0.0.1,localhost",
    })
    return env


def start_anvil(workdir: Path, *extra: str) -> Node:
    port = free_port()
    argv = [str(ANVIL_BIN), "--host", "127.0.0.1", "--port", str(port), "--silent", *extra]
    return Node("anvil", argv, port, workdir, node_env())


def start_hardhat(workdir: Path) -> Node:
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "hardhat.config.js").write_text(HARDHAT_CONFIG)
    link = workdir / "node_modules"
    if not link.exists():
        link.symlink_to(NPM_DIR / "node_modules")  # hardhat insists on a "local" installation
    port = free_port()
    node_bin = shutil.which("node") or "node"
    argv = [node_bin, str(HARDHAT_BIN), "node", "--hostname", "127.0.0.1", "--port", str(port)]
    return Node("hardhat", argv, port, workdir, node_env())


# ---------------------------------------------------------------------- tiny contracts
ERROR_SEL = keccak(text="Error(string)")[:4]
PANIC_SEL = keccak(text="Panic(uint256)")[:4]
CUSTOM_SIG = "InsufficientBalance(uint256,uint256)"
CUSTOM_SEL = keccak(text=CUSTOM_SIG)[:4]
LOOP_RUNTIME = bytes([0x5B, 0x60, 0x00, 0x56])  # JUMPDEST PUSH1 0 JUMP: burns all gas


def reverter_runtime(payload: bytes) -> bytes:
    """Runtime that reverts with `payload`: PUSH2 len DUP1 PUSH1 0x0c PUSH1 0 CODECOPY PUSH1 0 REVERT."""
    n = len(payload)
    return bytes([0x61, n >> 8, n & 0xFF, 0x80, 0x60, 0x0C, 0x60, 0x00, 0x39, 0x60, 0x00, 0xFD]) + payload


def initcode(runtime: bytes) -> bytes:
    """Deploy code returning `runtime`: PUSH2 len DUP1 PUSH1 0x0c PUSH1 0 CODECOPY PUSH1 0 RETURN."""
    n = len(runtime)
    return bytes([0x61, n >> 8, n & 0xFF, 0x80, 0x60, 0x0C, 0x60, 0x00, 0x39, 0x60, 0x00, 0xF3]) + runtime


def error_string_payload(text: str) -> bytes:
    return ERROR_SEL + abi_encode(["string"], [text])


def panic_payload(code: int) -> bytes:
    return PANIC_SEL + abi_encode(["uint256"], [code])


def custom_error_payload(a: int = 5, b: int = 10) -> bytes:
    return CUSTOM_SEL + abi_encode(["uint256", "uint256"], [a, b])
