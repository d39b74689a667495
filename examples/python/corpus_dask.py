#!/usr/bin/python3
"""A corpus job on dask.bag: JSON Lines in, warta/1 JSON Lines out, one engine per partition.

    WARTA_LIBRARY=build/capi/libwarta_c.so /usr/bin/python3 examples/python/corpus_dask.py \
        --input 'corpus/*.jsonl' --output out/ --workers 4

Input records follow the warta/1 batch format: {"id", "text", "title"?, "published"?, "body_only"?}.
Each output line is the warta/1 document of one record with "id" first. The same script scales out
by pointing --scheduler at a dask.distributed scheduler (tcp://host:8786) instead of starting a
local cluster; every worker then needs this directory and libwarta_c.
"""

import argparse
import glob
import json
import os
import sys

import dask.bag as db

HERE = os.path.dirname(os.path.abspath(__file__))


def extract_partition(lines, module_dir):
    """Runs inside a worker: imports warta there and builds one engine for the whole partition."""
    if module_dir not in sys.path:
        sys.path.insert(0, module_dir)
    import warta  # noqa: E402 (imported in the worker process, not in the driver)

    out = []
    with warta.Engine() as engine:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            try:
                doc = json.loads(engine.extract_json(record["text"], title=record.get("title"),
                                                     published=record.get("published"),
                                                     body_only=bool(record.get("body_only", False)),
                                                     invalid_utf8="replace"))
            except warta.WartaError as e:
                doc = {"error": str(e)}
            out.append(json.dumps({"id": record.get("id"), **doc}, ensure_ascii=False))
    return out


def start_client(args):
    """A dask.distributed client (local cluster or a given scheduler), or None for processes."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        return None
    if args.scheduler:
        return Client(args.scheduler)
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, help="JSON Lines file(s), a glob")
    parser.add_argument("--output", required=True, help="directory for part-*.jsonl")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", help="address of a running dask scheduler")
    parser.add_argument("--blocksize", type=int, default=1 << 20,
                        help="bytes per partition (lines are never split)")
    args = parser.parse_args()

    client = start_client(args)
    try:
        bag = db.read_text(args.input, blocksize=args.blocksize)
        results = bag.map_partitions(extract_partition, HERE)
        os.makedirs(args.output, exist_ok=True)
        for old in glob.glob(os.path.join(args.output, "part-*.jsonl")):
            os.remove(old)
        scheduler = {} if client is not None else {"scheduler": "processes"}
        results.to_textfiles(os.path.join(args.output, "part-*.jsonl"), last_endline=True, **scheduler)
        where = client.scheduler_info()["address"] if client is not None else "multiprocessing"
        print(f"partitions: {bag.npartitions} scheduler: {where}")
    finally:
        if client is not None:
            client.close()

    written = errors = 0
    for path in sorted(glob.glob(os.path.join(args.output, "part-*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                written += 1
                errors += "error" in doc
    print(f"records: {written} errors: {errors}")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
