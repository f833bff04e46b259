"""Messages for running a recovery search on a Dask cluster (English)."""

MESSAGES = {
    "dask.bad_address": (
        "The Dask address {address} is not understood: {detail}",
        [
            "Use --dask local, --dask local:N (N worker processes on this machine), "
            "--dask tcp://HOST:PORT or --dask tls://HOST:PORT (a scheduler you started).",
        ],
    ),
    "dask.untrusted_scheduler": (
        "The Dask scheduler {address} is not on this machine, and every worker it uses receives "
        "the search spec (your partial phrase or password pieces); walletdoc refused to send it.",
        [
            "Run the scheduler and workers only on machines you own and control, then add --trust-cluster to confirm.",
            "Prefer tls:// with your own certificates so the spec does not cross the network in clear.",
        ],
    ),
    "dask.tls_not_configured": (
        "The address {address} asks for TLS, but no TLS certificates are configured for Dask.",
        [
            "Set distributed.comm.tls.ca-file, distributed.comm.tls.client.cert and "
            "distributed.comm.tls.client.key in a Dask config file (~/.config/dask/walletdoc.yaml) "
            "or in DASK_DISTRIBUTED__COMM__TLS__* environment variables; see docs/dask.md.",
        ],
    ),
    "dask.unreachable": (
        "The Dask scheduler {address} could not be reached: {detail}",
        [
            "Check that `dask scheduler` is running there and that the port is open to this machine.",
        ],
    ),
    "dask.no_workers": (
        "The Dask scheduler {address} has no workers (waited {seconds} seconds).",
        ["Start workers with `dask worker {address} --nthreads 1 --nworkers N` on your machines."],
    ),
    "dask.worker_setup": (
        "A Dask worker cannot run walletdoc searches: {detail}",
        [
            "Install the same walletdoc version on every worker machine "
            "(this machine has {version}) and restart the workers.",
        ],
    ),
    "dask.no_memory_resource": (
        "Each task of this search needs {mib} MiB of memory, and no Dask worker declares that much.",
        [
            "Start workers with `dask worker ADDRESS --nthreads 1 --resources MEMORY={bytes}` "
            "(or a multiple of it per worker for several tasks at once).",
        ],
    ),
    "dask.worker_died": (
        "A range of the search made Dask workers die {failures} times in a row; the search stopped.",
        [
            "Check the workers' memory and logs, then run the search again with --checkpoint "
            "so finished ranges are kept.",
        ],
    ),
    "dask.not_installed": (
        "Dask distributed is not installed, so --dask cannot be used.",
        ["Install it with: pip install 'dask[distributed]'"],
    ),
    "dask.ui_spec_sent": (
        "The search spec (your partial phrase or password pieces) is sent to every Dask worker; "
        "use only machines you own.",
        [],
    ),
    "dask.ui_plaintext": (
        "The connection to {address} is not encrypted: use tls:// across a network you do not control.",
        [],
    ),
    "dask.ui_cluster": ("Dask cluster {address}: {workers} workers, {threads} threads.", []),
}
