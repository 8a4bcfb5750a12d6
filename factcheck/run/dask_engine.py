"""The opt-in Dask engine: extraction as a bag over the articles, grouping as a fold by topic key.

    pip install 'factcheck[dask]'
    factcheck scan ARCHIVE --engine dask [--scheduler tcp://host:8786]

Without a scheduler address a LocalCluster of two worker processes is started and closed
afterwards; with one, the scan runs on that cluster, whose workers must have factcheck
installed and see the article files at the same absolute paths.

The results are those of the local engine, in the same order, so the report is
byte-identical. Extractions travel between processes as pickles (distributed's default):
frozen dataclasses pickle as they are, and a pickle round trip costs about half as much
as the JSON codec's (~0.25 ms against ~0.5 ms per article on the bundled corpus).
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from contextlib import contextmanager
from functools import partial
from typing import Any, Iterator, Mapping, Sequence

from factcheck.read.sources import Source
from factcheck.extract.article import Extraction
from factcheck.analyse.group import group, story_topic_key
from factcheck.model import Claim, InputError, Topic
from factcheck.analyse.rules import Rule, assign
from factcheck.run.errors import EngineError
from factcheck.run.transfer import extract_task

__all__ = ["EngineError", "dask_client", "extract_with_dask", "group_with_dask", "scan_with_dask"]

INSTALL_HINT = "the dask engine needs: pip install 'factcheck[dask]'"
CONNECT_TIMEOUT = 10  # seconds to reach a scheduler and hear its answer, all steps together
DEFAULT_PARTITION_SIZE = 200  # articles per task: large enough to hide scheduling overhead

Result = Extraction | InputError
# A claim's place in the local engine's output: (article index, claim index in the article).
Position = tuple[int, int]
# What travels to the cluster for grouping: a claim with its place and its story's id.
Item = tuple[Position, Claim, str]


# ---------------------------------------------------------------- the cluster

@contextmanager
def dask_client(scheduler: str | None = None) -> Iterator[Any]:
    """A distributed.Client on `scheduler`, or on a fresh LocalCluster when it is None."""
    _require_dask()
    from distributed import Client, LocalCluster

    if scheduler is None:
        # No dashboard. The scheduler still serves a small HTTP endpoint: a free port on
        # localhost, not 8787 on every interface, which another cluster may already hold.
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                          scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as cluster, \
                Client(cluster, set_as_default=False) as client:
            yield client
        return
    deadline = time.monotonic() + CONNECT_TIMEOUT
    try:
        _probe(scheduler, deadline)
        client = _connect(Client, scheduler, deadline)
    except Exception as exc:  # OSError, TimeoutError, ValueError for a malformed address, …
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise EngineError(f"cannot reach the dask scheduler at {scheduler}: {reason}") from None
    with client:
        yield client


def _require_dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise EngineError(INSTALL_HINT) from None


def _left(deadline: float) -> float:
    """Seconds until `deadline`; TimeoutError once it has passed."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError(f"no answer within {CONNECT_TIMEOUT} s")
    return left


def _probe(address: str, deadline: float) -> None:
    """Fail at once on a closed port or an unknown host, where Client would retry for the
    whole timeout. Only plain TCP addresses are probed; Client checks the rest. Looking the
    host name up has no timeout of its own, so the probe runs in a thread given until the
    deadline."""
    import socket

    from distributed.comm.addressing import parse_address, parse_host_port

    protocol, location = parse_address(address)
    if protocol not in ("tcp", "tls"):
        return
    host_port = parse_host_port(location)
    outcome: list[BaseException | None] = []

    def probe() -> None:
        try:
            with socket.create_connection(host_port, timeout=_left(deadline)):
                pass
            outcome.append(None)
        except BaseException as exc:  # handed to the caller's thread
            outcome.append(exc)

    thread = threading.Thread(target=probe, name="factcheck-dask-probe", daemon=True)
    thread.start()
    thread.join(_left(deadline))
    if not outcome:
        raise TimeoutError(f"no answer within {CONNECT_TIMEOUT} s")
    if outcome[0] is not None:
        raise outcome[0]


def _connect(client_class: type, address: str, deadline: float) -> Any:
    class ClosingClient(client_class):
        """A Client that closes itself when it fails to connect, and gives up at the deadline.
        Left to the garbage collector, a half-made Client is closed at interpreter exit,
        which hangs for 20 s."""

        async def _start(self, *args, **kwargs):
            # distributed bounds opening the connection, but not reading the scheduler's
            # handshake that follows (comm.core.connect): a port that accepts and never
            # answers hung the scan for good. The whole start gets what is left of the
            # deadline.
            try:
                return await asyncio.wait_for(super()._start(*args, **kwargs),
                                              _left(deadline))
            except asyncio.TimeoutError:  # not the builtin TimeoutError on Python 3.10
                raise TimeoutError(f"connected, but no answer within {CONNECT_TIMEOUT} s "
                                   "(is it a dask scheduler?)") from None

        def __init__(self, *args, **kwargs):
            try:
                super().__init__(*args, **kwargs)
            except BaseException:
                try:
                    self.close(timeout=2)
                except Exception:
                    pass  # the connection error is the one to report
                raise

    return ClosingClient(address, timeout=_left(deadline), set_as_default=False)


# ---------------------------------------------------------------- public entry points

def extract_with_dask(sources: list[Source], ids: dict[str, str], scheduler: str | None = None,
                      partition_size: int = DEFAULT_PARTITION_SIZE, client: Any = None,
) -> list[Result]:
    """extract.extract_source over every source on a Dask cluster, in the order of `sources`.
    Pass `client` to reuse an open dask_client (one cluster for the whole scan)."""
    _require_dask()
    import dask

    if client is not None:
        bag = _extraction_bag(sources, ids, partition_size)
        (indexed,) = dask.compute(bag, scheduler=client)
        return [result for _, result in indexed]
    with dask_client(scheduler) as client:
        return extract_with_dask(sources, ids, partition_size=partition_size, client=client)


def group_with_dask(claims: Sequence[Claim], rules: Sequence[Rule],
                    story_of: Mapping[str, str] | None = None, scheduler: str | None = None,
                    partition_size: int = 2000, client: Any = None) -> tuple[list[Claim], list[Topic]]:
    """group.group(claims, rules, story_of), computed as a fold by topic key on a Dask
    cluster. Each claim travels with its story's id (story_of: article id → story id), so
    the cluster never needs the whole map."""
    _require_dask()
    import dask
    import dask.bag

    story_of = story_of or {}
    positioned = [((0, j), claim, story_of.get(claim.article, "")) for j, claim in enumerate(claims)]
    if client is None:
        with dask_client(scheduler) as client:
            return group_with_dask(claims, rules, story_of, partition_size=partition_size,
                                   client=client)
    bag = dask.bag.from_sequence(positioned, partition_size=max(1, partition_size))
    (blocks,) = dask.compute(_grouped(bag, rules), scheduler=client)
    return _assemble(blocks)


def scan_with_dask(sources: list[Source], ids: dict[str, str], rules: Sequence[Rule],
                   scheduler: str | None = None, partition_size: int = DEFAULT_PARTITION_SIZE,
                   ) -> tuple[list[Result], list[Claim], list[Topic]]:
    """Extraction and grouping in one Dask graph on one cluster: (results in the order of
    `sources`, claims, topics) — what pipeline.extract_all and group.group return locally."""
    _require_dask()
    import dask

    with dask_client(scheduler) as client:
        extracted = _extraction_bag(sources, ids, partition_size)
        claims = extracted.map_partitions(_positioned_claims)
        indexed, blocks = dask.compute(extracted, _grouped(claims, rules), scheduler=client)
    claims_out, topics = _assemble(blocks)
    return [result for _, result in indexed], claims_out, topics


# ---------------------------------------------------------------- extraction

def _extraction_bag(sources: list[Source], ids: dict[str, str], partition_size: int):
    import dask.bag

    # Absolute paths: a worker's current folder need not be ours. The displayed path and
    # the article id travel as they are, so reports do not change.
    items = [(i, os.path.abspath(s.location), s.display, ids[s.display])
             for i, s in enumerate(sources)]
    return dask.bag.from_sequence(items, partition_size=max(1, partition_size)).map(
        _extract_item)


def _extract_item(item: tuple[int, str, str, str]) -> tuple[int, Result]:
    index, path, display, article_id = item
    return index, extract_task((Source(path, display), article_id))


def _positioned_claims(partition: list[tuple[int, Result]]) -> list[Item]:
    """Claims of freshly extracted articles: no stories yet (scan_with_dask groups them as
    group.group does without stories)."""
    return [((i, j), claim, "") for i, result in partition if isinstance(result, Extraction)
            for j, claim in enumerate(result.claims)]


# ---------------------------------------------------------------- grouping as a fold

def _grouped(claims, rules: Sequence[Rule]):
    """Bag of (position, claim, story) → bag of one group block per topic key.

    group.group keeps claims with different topic keys apart (a rule's topic holds only
    claims of one story assigned to that rule; automatic topics never mix stories or keys),
    so grouping each key's claims on their own and joining the blocks gives what grouping
    them all at once gives.
    """
    rules = tuple(rules)
    folded = claims.foldby(partial(_topic_key, rules), _add, list, _merge, list)
    # foldby ends in a single partition; spread the keys out again so blocks group in parallel.
    spread = folded.repartition(npartitions=max(1, claims.npartitions))
    return spread.map(partial(_group_block, rules))


def _topic_key(rules: Sequence[Rule], item: Item) -> tuple:
    """The key group.group files a claim under: its story and its rule, else its story and
    its automatic key."""
    _, claim, story = item
    rule = assign(rules, claim)
    return ("rule", story, rule.id) if rule is not None else ("auto", *story_topic_key(claim, story))


def _add(members: list, item: Item) -> list:
    members.append(item)  # `members` is fresh for each key (initial=list)
    return members


def _merge(members: list, more: list) -> list:
    members.extend(more)
    return members


def _group_block(rules: Sequence[Rule], entry: tuple[tuple, list[Item]]):
    """One topic key's claims, in the local engine's order, through group.group."""
    key, members = entry
    members = sorted(members, key=lambda m: m[0])
    story_of = {claim.article: story for _, claim, story in members}
    claims, topics = group([claim for _, claim, _ in members], rules, story_of)
    return key[0] == "rule", [position for position, _, _ in members], claims, topics


def _assemble(blocks) -> tuple[list[Claim], list[Topic]]:
    """The blocks put back in group.group's own order: claims as they came in; topics of rules
    before automatic ones, each in order of its first claim, then stably sorted by id."""
    positioned: list[tuple[Position, Claim]] = []
    ordered = sorted(blocks, key=lambda b: (not b[0], b[1][0]))
    topics: list[Topic] = []
    for _, positions, claims, block_topics in ordered:
        positioned.extend(zip(positions, claims))
        topics.extend(block_topics)
    positioned.sort(key=lambda pc: pc[0])
    topics.sort(key=lambda t: (t.id, t.story))
    return [claim for _, claim in positioned], topics
