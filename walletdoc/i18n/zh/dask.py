"""在 Dask 集群上运行恢复搜索的消息（简体中文）。"""

MESSAGES: dict[str, tuple[str, list[str]]] = {
    "dask.bad_address": (
        "无法理解 Dask 地址 {address}：{detail}",
        [
            "请使用 --dask local、--dask local:N（在本机启动 N 个工作进程）、"
            "--dask tcp://HOST:PORT 或 --dask tls://HOST:PORT（您自己启动的调度器）。",
        ],
    ),
    "dask.untrusted_scheduler": (
        "Dask 调度器 {address} 不在这台电脑上，而它使用的每个工作节点都会收到搜索内容"
        "（您的部分助记词或密码片段）；walletdoc 拒绝发送。",
        [
            "只在您自己拥有并控制的电脑上运行调度器和工作节点，然后加上 --trust-cluster 确认。",
            "最好使用 tls:// 和您自己的证书，这样搜索内容不会以明文经过网络。",
        ],
    ),
    "dask.tls_not_configured": (
        "地址 {address} 要求 TLS，但 Dask 没有配置 TLS 证书。",
        [
            "在 Dask 配置文件（~/.config/dask/walletdoc.yaml）里设置 distributed.comm.tls.ca-file、"
            "distributed.comm.tls.client.cert 和 distributed.comm.tls.client.key，"
            "或使用环境变量 DASK_DISTRIBUTED__COMM__TLS__*；参见 docs/dask.md。",
        ],
    ),
    "dask.unreachable": (
        "无法连接 Dask 调度器 {address}：{detail}",
        [
            "确认那台电脑上 `dask scheduler` 正在运行，并且端口对这台电脑开放。",
        ],
    ),
    "dask.no_workers": (
        "Dask 调度器 {address} 没有工作节点（已等待 {seconds} 秒）。",
        ["在您的电脑上用 `dask worker {address} --nthreads 1 --nworkers N` 启动工作节点。"],
    ),
    "dask.worker_setup": (
        "有一个 Dask 工作节点无法运行 walletdoc 搜索：{detail}",
        [
            "在每台工作电脑上安装相同版本的 walletdoc（这台电脑是 {version}），然后重启工作节点。",
        ],
    ),
    "dask.no_memory_resource": (
        "这次搜索的每个任务需要 {mib} MiB 内存，但没有任何 Dask 工作节点声明有这么多。",
        [
            "用 `dask worker ADDRESS --nthreads 1 --resources MEMORY={bytes}` 启动工作节点"
            "（想让每个节点同时跑多个任务，就给它的倍数）。",
        ],
    ),
    "dask.worker_died": (
        "搜索的某一段让 Dask 工作节点连续崩溃了 {failures} 次；搜索已停止。",
        [
            "检查工作节点的内存和日志，然后加上 --checkpoint 重新运行搜索，这样已完成的部分会被保留。",
        ],
    ),
    "dask.not_installed": (
        "没有安装 Dask distributed，所以不能使用 --dask。",
        ["安装命令：pip install 'dask[distributed]'"],
    ),
    "dask.ui_spec_sent": (
        "搜索内容（您的部分助记词或密码片段）会发送给每个 Dask 工作节点；只使用您自己的电脑。",
        [],
    ),
    "dask.ui_plaintext": (
        "与 {address} 的连接没有加密：跨越不受您控制的网络时，请使用 tls://。",
        [],
    ),
    "dask.ui_cluster": ("Dask 集群 {address}：{workers} 个工作节点，{threads} 个线程。", []),
}
