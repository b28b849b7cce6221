"""Compare detected events with the ground truth of synthetic data.

Used by tests and benchmarks. A detected event matches a true one of the same kind
and side when their intervals overlap; each true event is matched at most once.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Score:
    n_true: int
    n_found: int
    n_matched: int

    @property
    def precision(self) -> float:
        return self.n_matched / self.n_found if self.n_found else 1.0

    @property
    def recall(self) -> float:
        return self.n_matched / self.n_true if self.n_true else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.n_true + other.n_true,
            self.n_found + other.n_found,
            self.n_matched + other.n_matched,
        )


def pair_events(
    truth: list[dict], found: list[dict], *, kind: str = "spasm", tolerance_s: float = 0.1
) -> list[tuple[dict, dict]]:
    """Pairs ``(true, found)`` of ``kind``: same side, overlapping in time (within
    ``tolerance_s``), greatest overlap first come; each event in at most one pair."""
    t = sorted((e for e in truth if e["kind"] == kind), key=lambda e: e["onset_s"])
    f = sorted((e for e in found if e["kind"] == kind), key=lambda e: e["onset_s"])
    used: set[int] = set()
    pairs = []
    for ev in f:
        best, best_ov = None, 0.0
        for i, tr in enumerate(t):
            if i in used or tr["side"] != ev["side"]:
                continue
            ov = (
                min(ev["offset_s"], tr["offset_s"])
                - max(ev["onset_s"], tr["onset_s"])
                + tolerance_s
            )
            if ov > best_ov:
                best, best_ov = i, ov
        if best is not None:
            used.add(best)
            pairs.append((t[best], ev))
    return pairs


def match_events(
    truth: list[dict], found: list[dict], *, kind: str = "spasm", tolerance_s: float = 0.1
) -> Score:
    """Match ``found`` events to ``truth`` events of ``kind`` (dicts in the event schema)."""
    n_true = sum(e["kind"] == kind for e in truth)
    n_found = sum(e["kind"] == kind for e in found)
    return Score(
        n_true, n_found, len(pair_events(truth, found, kind=kind, tolerance_s=tolerance_s))
    )
