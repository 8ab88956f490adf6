"""Scale-out: extract a corpus on a Dask cluster (``kg build --engine dask``).

The driver (the ``kg build`` process) reads the corpus, answers what it can from
the extraction cache and sends the other documents in batches to the workers;
each worker loads the spaCy model and the knowledge base once (on its first
batch) and sends back only the small per-document records, which the driver
merges into the graph in corpus order, so the graph is the one a single-process
build makes. At most two batches per worker are in flight: the driver's memory
stays flat however large the corpus.

Without ``--scheduler`` a ``LocalCluster`` of ``--jobs`` single-threaded worker
processes is started on this machine (and stopped at the end). With
``--scheduler tcp://host:8786`` the workers of that cluster are used; they need
kg, the model and the same Python environment installed (the knowledge base is
sent to them, the ontology folder need not be shared).

Needs ``dask[distributed]``: ``pip install 'kg[dask]'``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import DEFAULT_BATCH_SIZE
from ..corpus import Document
from ..errors import KgError
from ..ontology import Ontology
from ..pipeline import extract_batch
from .engines import ordered_map


def _require_dask():
    try:
        from dask import distributed
    except ImportError as exc:
        raise KgError(f"the dask engine needs dask.distributed, which is not installed ({exc}): "
                      "install kg[dask], e.g. pip install 'kg[dask]'") from None
    return distributed


def _dask_batch(documents: list[Document], model: str, kb: Ontology, batch_size: int,
                geo_dir: str | None) -> list[tuple]:
    """The task each worker runs (module-level so workers import it by name)."""
    return extract_batch(documents, model, kb, batch_size=batch_size, geo_dir=geo_dir)


class DaskEngine:
    """Batches of documents -> per-document records, on a Dask cluster (started on first use)."""

    def __init__(self, model: str, kb: Ontology, *, jobs: int = 1, batch_size: int = DEFAULT_BATCH_SIZE,
                 scheduler: str | None = None, geo_dir: str | Path | None = None, processes: bool = True):
        self._distributed = _require_dask()
        self.model, self.kb, self.jobs, self.batch_size = model, kb, max(1, jobs), batch_size
        self.scheduler, self.processes = scheduler, processes
        # a local cluster shares this machine's cache folder for the GeoNames index; remote workers build their own
        self.geo_dir = os.path.abspath(geo_dir) if geo_dir is not None and not scheduler else None
        self.client = self.cluster = self._kb_future = None
        self.workers = self.jobs

    def _start(self) -> None:
        d = self._distributed
        if self.scheduler:
            try:
                self.client = d.Client(self.scheduler, timeout="20s")
            except (OSError, TimeoutError, ValueError) as exc:
                raise KgError(f"cannot reach the Dask scheduler at {self.scheduler!r}: {exc} "
                              "(give --scheduler the address `dask scheduler` printed, e.g. tcp://host:8786, "
                              "or leave it out for a local cluster)") from None
            self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        else:
            self.cluster = d.LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=self.processes,
                                          dashboard_address=None, silence_logs=logging.ERROR)
            self.client = d.Client(self.cluster)
        # (a loaded GeoNames index is never shipped: each worker loads its own, see kg.ontology.GeoNames)
        self._kb_future = self.client.scatter(self.kb, broadcast=True, hash=False)

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[tuple]]:
        def submit(batch):
            if self.client is None:
                self._start()
            return self.client.submit(_dask_batch, batch, self.model, self._kb_future, self.batch_size,
                                      self.geo_dir, pure=False)

        yield from ordered_map(submit, lambda f: f.result(), batches, window=lambda: 2 * self.workers)

    def close(self, abort: bool = False) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

