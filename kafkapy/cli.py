"""Command line: `kafkapy serve [server.properties] [--override key=value ...] [--log-format text]`.

Exit status: 0 after a graceful shutdown (SIGTERM/SIGINT), 1 when the configuration is
bad (one line naming the key on stderr), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

USAGE = "kafkapy serve [server.properties] [--override key=value ...] [--log-format json|text]"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kafkapy", usage=USAGE)
    sub = p.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the broker")
    serve.add_argument("properties", nargs="?", help="server.properties file")
    serve.add_argument(
        "--override",
        action="append",
        default=[],
        metavar="key=value",
        help="set a broker config key (repeatable); wins over the file",
    )
    serve.add_argument("--log-format", choices=("json", "text"), default="json")
    serve.add_argument(
        "--metrics-port",
        type=int,
        default=None,
        metavar="PORT",
        help="serve Prometheus text metrics at http://127.0.0.1:PORT/metrics (0: any free port)",
    )
    serve.add_argument(
        "--log-level",
        default="INFO",
        help="root log level; DEBUG logs one line per request (logger kafkapy.request)",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else 2
    from kafkapy.config.kafka_config import KafkaConfig
    from kafkapy.config.parse import ConfigError
    from kafkapy.logfmt import setup_logging

    setup_logging(args.log_format, args.log_level)
    try:
        config = KafkaConfig.load(args.properties, args.override)
    except ConfigError as exc:
        print(f"kafkapy: {exc}", file=sys.stderr)
        return 1
    return asyncio.run(_serve(config, args.metrics_port))


async def _serve(config: object, metrics_port: int | None = None) -> int:
    from kafkapy.broker import Broker
    from kafkapy.handlers.registry import load_all

    load_all()
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    broker = Broker(config)  # type: ignore[arg-type]
    broker.metrics_port = metrics_port
    try:
        await broker.run_until_stopped(stop)
    except OSError as exc:  # e.g. the port is taken
        logging.getLogger("kafkapy").error("cannot start: %s", exc)
        return 1
    return 0
