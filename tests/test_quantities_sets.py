"""parse() on invented news sentences annotated in NewsQuant's format (tests/data/quantities).

Scored with the benchmark's own CQE protocol (benchmarks/bench_newsquant.py); the floors
sit just under what the parser reaches, so a change that loses quantities fails here.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "quantities"
# file: (value F1, value+change F1), in percent
FLOORS = {
    "news-sentences-a.json": (97.5, 95.5),
    "news-sentences-b.json": (95.5, 95.0),
    "news-sentences-c.json": (97.5, 95.5),
    "news-sentences-d.json": (98.0, 95.5),
    "news-sentences-e.json": (96.5, 94.5),
    "news-sentences-f.json": (97.0, 95.0),
    "news-sentences-g.json": (97.5, 94.0),
    "news-sentences-h.json": (98.5, 95.5),
    "news-sentences-i.json": (99.0, 96.5),
    "news-sentences-j.json": (97.5, 96.0),
    "news-sentences-k.json": (96.5, 94.0),
    "news-sentences-l.json": (96.5, 95.0),
    "news-sentences-m.json": (98.0, 96.0),
    "news-sentences-n.json": (97.0, 89.5),
    "news-sentences-o.json": (98.0, 93.5),
    "news-sentences-p.json": (97.5, 95.0),
    "news-sentences-q.json": (96.5, 91.5),
    "news-sentences-r.json": (98.5, 97.0),
    "news-sentences-s.json": (98.0, 94.5),
    "news-sentences-t.json": (98.5, 94.5),
    "news-sentences-u.json": (97.5, 92.5),
    "news-sentences-v.json": (97.5, 93.5),
    "news-sentences-w.json": (99.0, 94.5),
    "news-sentences-x.json": (98.0, 96.5),
    "news-sentences-y.json": (97.0, 92.5),
    "news-sentences-z.json": (98.5, 95.0),
    "news-sentences-aa.json": (98.0, 96.5),
    "news-sentences-ab.json": (98.5, 92.5),
    "news-sentences-ac.json": (99.0, 96.0),
    "news-sentences-ad.json": (98.0, 95.5),
    "news-sentences-ae.json": (98.5, 94.0),
    "news-sentences-af.json": (99.0, 96.0),
    "news-sentences-ag.json": (97.5, 92.5),
    "news-sentences-ah.json": (97.5, 94.0),
    "news-sentences-ai.json": (95.5, 91.5),
    "news-sentences-aj.json": (97.0, 94.5),
    "news-sentences-ak.json": (98.5, 94.0),
    "news-sentences-al.json": (97.0, 95.0),
    "news-sentences-am.json": (95.5, 92.5),
    "news-sentences-an.json": (97.5, 94.0),
    "news-sentences-ao.json": (94.5, 90.5),
    "news-sentences-ap.json": (97.0, 94.0),
    "news-sentences-aq.json": (95.0, 89.5),
    "news-sentences-ar.json": (97.0, 94.5),
    "news-sentences-as.json": (98.0, 95.0),
    "news-sentences-at.json": (96.0, 93.5),
    "news-sentences-au.json": (98.0, 93.5),
    "news-sentences-av.json": (98.0, 95.5),
    "news-sentences-aw.json": (97.5, 92.5),
    "news-sentences-ax.json": (96.0, 93.5),
    "news-sentences-ay.json": (98.5, 95.5),
    "news-sentences-az.json": (99.0, 96.5),
    "news-sentences-ba.json": (97.0, 93.0),
    "news-sentences-bb.json": (97.0, 93.5),
    "news-sentences-bc.json": (97.0, 95.0),
    "news-sentences-bd.json": (98.0, 93.5),
    "news-sentences-be.json": (96.5, 90.0),
    "news-sentences-bf.json": (98.5, 97.0),
    "news-sentences-bg.json": (98.0, 97.0),
    "news-sentences-bh.json": (98.0, 91.0),
    "news-sentences-bi.json": (98.5, 96.5),
    "news-sentences-bj.json": (98.0, 96.0),
    "news-sentences-bk.json": (98.0, 94.0),
    "news-sentences-bl.json": (99.0, 96.5),
    "news-sentences-bm.json": (98.5, 96.5),
    "news-sentences-bn.json": (97.0, 93.0),
    "news-sentences-bo.json": (99.0, 96.5),
    "news-sentences-bp.json": (98.0, 95.0),
    "news-sentences-bq.json": (98.5, 97.0),
    "news-sentences-br.json": (98.0, 94.5),
    "news-sentences-bs.json": (97.5, 94.0),
    "news-sentences-bt.json": (98.0, 95.5),
    "news-sentences-bu.json": (98.5, 96.5),
    "news-sentences-bv.json": (97.5, 95.0),
    "news-sentences-bw.json": (98.5, 95.0),
    "news-sentences-bx.json": (97.0, 95.0),
    "news-sentences-by.json": (97.5, 95.0),
    "news-sentences-bz.json": (98.5, 96.0),
    "news-sentences-ca.json": (98.5, 93.0),
    "news-sentences-cb.json": (98.5, 96.0),
    "news-sentences-cc.json": (98.5, 95.5),
    "news-sentences-cd.json": (97.0, 96.5),
    "news-sentences-ce.json": (98.5, 95.5),
    "news-sentences-cf.json": (98.5, 97.0),
    "news-sentences-cg.json": (97.0, 95.5),
    "news-sentences-ch.json": (98.0, 94.5),
    "news-sentences-ci.json": (98.5, 94.5),
    "news-sentences-cj.json": (98.0, 95.0),
    "news-sentences-ck.json": (98.0, 94.0),
    "news-sentences-cl.json": (98.5, 97.5),
    "news-sentences-cm.json": (98.0, 95.0),
    "news-sentences-cn.json": (98.0, 95.0),
    "news-sentences-co.json": (97.5, 94.0),
    "news-sentences-cp.json": (96.5, 93.5),
}


def _bench():
    spec = importlib.util.spec_from_file_location(
        "bench_newsquant", ROOT / "benchmarks" / "bench_newsquant.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_value_and_change_f1_stay_above_their_floors(name):
    bench = _bench()
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    result = bench.score([(d["quantities"], bench.factcheck_tags(d["text"])) for d in data])
    value, change = FLOORS[name]
    assert result["value"][2] >= value and result["value+change"][2] >= change, result
