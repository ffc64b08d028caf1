"""factcheck.quantities (and quantulum3) on the NewsQuant test set, scored as CQE scores it.

NewsQuant is the news-sentence test set of CQE (Almasian et al., "CQE: A Comprehensive
Quantity Extractor", EMNLP 2023). It is third-party data without a licence we can rely
on, so it is not in this repository: fetch it yourself from the public repository
satya77/CQE_Evaluation, file data/formatted_test_set/NewsQuant.json, and pass its path:

    python benchmarks/bench_newsquant.py /path/to/NewsQuant.json [--split dev|test|all]
    NEWSQUANT_JSON=/path/to/NewsQuant.json python benchmarks/bench_newsquant.py

Protocol (re-implemented here from the definitions in CQE_Evaluation's
evaluate_models.py; no code of theirs is used):

- Each sentence has gold quantities {value, change, normalized_unit}. A gold value
  "a-b" (not starting with "-", no "E") is a range, compared as the tuple (a, b); for
  quantulum3 CQE averages gold ranges to (a+b)/2, because quantulum3 reports one value.
- A prediction is {value (float, or (low, high) for a range), change, normalized_unit}.
  Values match with numpy.isclose semantics (rtol 1e-5, atol 1e-8); a tuple matches only
  a tuple, end by end.
- Per sentence, gold and predictions are sorted by normalized_unit; for each gold
  quantity the predictions are scanned in order: on a value match, "value" scores a hit
  (at most as many hits as the sentence has gold quantities) and "value+change" scores
  a hit if the change labels are equal; a prediction is consumed (and the scan for this
  gold quantity stops) only when the unit matches too. This is CQE's protocol and it is
  lenient: a prediction whose unit differs can be credited to more than one gold
  quantity. The strict one-to-one variant (each prediction used once, greedy in
  sentence order) is printed as well, since it is the harder and fairer number.
- P = hits / predictions, R = hits / gold, F1 = harmonic mean; in percent, one decimal.

Label mapping for factcheck (one label per quantity, as CQE has one): a bound beats a
change ("rose about 15%" -> "~"), as in CQE's bound normalisation, where the last bound
word before the number wins and ours always stands between the verb and the number;
then change "up"/"down"; then comparator eq -> "=", approx -> "~", gte -> ">", lte ->
"<", range -> "=" unless a comparator word or symbol opens the range ("about 14-18 mpg",
"~25-40min" -> "~", CQE's label for "about"). A signed change ("-1.3%": for us 1.3,
"down") is output as the number as written (-1.3), which is CQE's value for it. Years and
dates (unit "year") are not output: NewsQuant does not annotate them. Units are mapped
to CQE's normalized names where ours are specific enough (percent -> "percentage", usd
-> "dollar", durations -> "year"/"month"/..., count -> "-"); they only decide when a
prediction is consumed. quantulum3 is mapped as CQE's tagger maps it (value and unit name; no
change, so only "value" is reported for it, as in CQE's table).

By default the output is the parser alone: the fields of each Quantity mapped one to
one as above, which is what any outside scorer of parse() sees. --cqe-mapping adds two
conventions of CQE's gold that our semantics do not share (round 3): "from X to Y", two
levels for us (a past and a present one), is the one range (X, Y) in written order
("dropped from $75 to $45.88" -> (75, 45.88), label "="); and an approximation word
after "from" or "between" labels the whole range "~" ("from about 14-18 mpg"). (Round 3
also mapped vague plurals to CQE's (k, 10k); since round 4 parse() itself uses that
convention, see quantities.VAGUE_MAGNITUDES.)

--split: sentences are split deterministically by the SHA-1 of the sentence text
(first byte even -> dev, odd -> test), so parser changes can be guided by dev errors
and reported on the untouched test half. --errors lists dev misses and false positives.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import re
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from factcheck.quantities import _CMP_LOOKUP, _CMP_SYMBOLS, parse  # noqa: E402

SOURCE = "repository satya77/CQE_Evaluation, path data/formatted_test_set/NewsQuant.json"
# Published scores, from satya77/CQE_Evaluation data/evaluation_output/NewsQuant.csv.
PUBLISHED = {
    ("CQE", "value"): (92.0, 91.9, 92.0),
    ("CQE", "value+change"): (88.2, 88.1, 88.1),
    ("quantulum3", "value"): (65.0, 83.3, 73.0),
}

CMP_LABEL = {"eq": "=", "approx": "~", "gte": ">", "lte": "<", "range": "="}
# Our comparator words and symbols ("~25-40min"), by CQE bound label ("nearly" phrases are
# approximate there too).
WORD_LABEL = {w: {"gte": ">", "lte": "<"}.get(k, "~")
              for w, k in [*_CMP_LOOKUP.items(), *_CMP_SYMBOLS.items()]}
_LONGEST_FIRST = sorted(WORD_LABEL, key=len, reverse=True)


def _leading_bound(surface: str) -> str | None:
    """CQE's label for a comparator word that opens our span ("about 14-18 mpg", "from
    about 14-18 mpg")."""
    low = " ".join(surface.lower().split())
    inner = re.sub(r"^(?:from|between) ", "", low) if CQE_MAPPING else low
    for w in _LONGEST_FIRST:
        if low.startswith(w + " ") or (not w[-1].isalpha() and low.startswith(w)):
            return WORD_LABEL[w]
        # "from about 14-18 mpg": an approximation covers the whole range (a bound in
        # "from up to 252 miles to 287" covers one end only)
        if inner != low and WORD_LABEL[w] == "~" and inner.startswith(w + " "):
            return "~"
    return None
UNIT_NAME = {
    "count": "-", "percent": "percentage", "percentage_point": "percentage point",
    "basis_point": "basis point", "usd": "dollar", "eur": "euro", "gbp": "pound sterling",
    "jpy": "japanese yen", "cny": "chinese yuan", "inr": "indian rupee",
    "aud": "australian dollar", "cad": "canadian dollar", "hkd": "hong kong dollar",
    "nzd": "new zealand dollar", "chf": "swiss franc",
}
PERIOD_NAME = {"per_day": "day", "per_week": "week", "per_month": "month",
               "per_quarter": "quarter", "per_year": "year"}
# Units of quantulum3 renamed by CQE's tagger before scoring.
QUANTULUM_UNITS = {
    "dimensionless": "-", "unk": "-", "per cent": "percentage", "dollar dollar": "dollar",
    "united states dollar": "dollar", "tonne": "metric ton", "degree angle": "degree",
    "degree celsius": "celsius", "degree fahrenheit": "fahrenheit",
    "percentage drop": "percentage", "second of arc": "second", "minute of arc": "minute",
    "yard yard": "yard", "cubic centimetre": "millilitre",
    "degree angle degree fahrenheit": "fahrenheit",
    "pound sterling year": "pound sterling per year", "per year per newton per day": "year",
}


# Conventions of CQE's gold that are not ours, applied only with --cqe-mapping: "from X
# to Y" is one range in written order; "from about 14-18" is "~".
CQE_MAPPING = False
_FROM_BEFORE = re.compile(r"\bfrom\s+\Z", re.I)
# Between the two levels of "from $75 U.S. per barrel to $45.88", "from $36,040 at 10.45pm
# last night to $34,935": a few words without clause punctuation, then "to".
_FROM_GAP = re.compile(r"(?:\s+[^;:,()\s]+){0,6}?\s+to\s+", re.I)


def _from_to(text: str, a, b) -> bool:
    """Is b the "to" end of "from a to b" (two levels for us, one range for CQE)?"""
    return bool(
        a.comparator == b.comparator == "eq" and a.change is None and b.change is None
        and _FROM_BEFORE.search(text, max(0, a.start - 8), a.start)
        and _FROM_GAP.fullmatch(text, a.end, b.start)
        and (b.unit == a.unit or b.unit == "count")
    )


# --------------------------------------------------------------------------- taggers


def factcheck_tags(text: str) -> list[dict]:
    out = []
    qs = [q for q in parse(text) if q.unit != "year"]  # years and dates: not in NewsQuant
    skip = -1
    for i, q in enumerate(qs):
        if i == skip:
            continue
        if CQE_MAPPING and i + 1 < len(qs) and _from_to(text, q, qs[i + 1]):
            unit = UNIT_NAME.get(q.unit, q.unit)
            out.append({"value": (q.value, qs[i + 1].value), "change": "=",
                        "normalized_unit": unit})
            skip = i + 1
            continue
        if q.unit == "score":  # "a 4-1 win": CQE writes the two sides as a range
            value: float | tuple[float, float] = (q.value, q.second)
        elif q.comparator == "range":
            hi = q.range_high if q.range_high is not None else q.high
            value = (q.value, hi)
        elif q.change == "down" and q.surface[:1] in "-−":
            value = -q.value  # "-1.3%": CQE keeps the sign as written; we say "down 1.3"
        else:
            value = q.value
        # One label per quantity: a comparator word stands between a change verb and the
        # number ("rose about 15%"), and CQE's bound normalisation lets the last bound
        # word before the number win; a range keeps the label of its opening word.
        bound = _leading_bound(q.surface) if q.comparator == "range" else None
        if bound:
            change = bound
        elif q.comparator in ("gte", "lte", "approx"):
            change = CMP_LABEL[q.comparator]
        else:
            change = q.change or CMP_LABEL[q.comparator]
        unit = q.duration_unit if q.unit == "duration" else UNIT_NAME.get(q.unit, q.unit)
        unit = "-" if unit == "score" else unit
        if q.period:
            unit = f"{unit} per {PERIOD_NAME[q.period]}"
        out.append({"value": value, "change": change, "normalized_unit": unit})
    return out


def quantulum_tagger():
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as qparser  # noqa: PLC0415
    except Exception as exc:  # noqa: BLE001 - optional peer
        print(f"quantulum3 unavailable ({exc!r}); skipping it")
        return None

    def tag(text: str) -> list[dict]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = qparser.parse(text)
        out = []
        for r in res:
            unit = r.unit.name
            unit = QUANTULUM_UNITS.get(unit.lower(), unit)
            out.append({"value": r.value, "change": None, "normalized_unit": unit.strip()})
        return out

    return tag


# --------------------------------------------------------------------------- scoring


def decode(value, average_ranges: bool = False):
    """Gold "a-b" strings become (a, b) (or their mean); model tuples stay tuples."""
    if isinstance(value, str) and "E" not in value and not value.startswith("-") and "-" in value:
        a, b = value.split("-")[:2]
        lo, hi = float(a), float(b)
        return (lo + hi) / 2 if average_ranges else (lo, hi)
    if isinstance(value, tuple):
        return float(value[0]), float(value[1])
    return float(value)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-8 + 1e-5 * abs(b)


def values_match(gold, pred) -> bool:
    if isinstance(gold, tuple) and isinstance(pred, tuple):
        return _close(pred[0], gold[0]) and _close(pred[1], gold[1])
    if isinstance(gold, tuple) or isinstance(pred, tuple):
        return False
    return _close(pred, gold)


def score(rows: list[tuple[list[dict], list[dict]]], average_ranges: bool = False) -> dict:
    """CQE's counting (lenient, see module docstring) and a strict one-to-one variant."""
    n_gold = n_pred = 0
    hit_v = hit_c = 0
    strict_v = strict_c = 0
    for gold, tags in rows:
        n_gold += len(gold)
        n_pred += len(tags)
        golds = sorted(gold, key=lambda d: d["normalized_unit"])
        preds = sorted(tags, key=lambda d: d["normalized_unit"])
        budget = len(gold)
        for g in golds:
            gv = decode(g["value"], average_ranges)
            gu = g["normalized_unit"].lower()
            for p in list(preds):
                if not values_match(gv, decode(p["value"])):
                    continue
                if budget > 0:
                    hit_v += 1
                    budget -= 1
                if p["change"] == g["change"]:
                    hit_c += 1
                if p["normalized_unit"].lower() == gu:
                    preds.remove(p)
                    break
        # strict: each prediction credited once, in sentence order
        free = list(tags)
        for g in gold:
            gv = decode(g["value"], average_ranges)
            for p in free:
                if values_match(gv, decode(p["value"])):
                    strict_v += 1
                    strict_c += p["change"] == g["change"]
                    free.remove(p)
                    break

    def prf(hits: int) -> tuple[float, float, float]:
        p = hits / n_pred if n_pred else 0.0
        r = hits / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return round(p * 100, 1), round(r * 100, 1), round(f * 100, 1)

    return {"gold": n_gold, "pred": n_pred,
            "value": prf(hit_v), "value+change": prf(hit_c),
            "strict value": prf(strict_v), "strict value+change": prf(strict_c)}


# --------------------------------------------------------------------------- main


def split_of(text: str) -> str:
    return "dev" if hashlib.sha1(text.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def _fmt(v) -> str:
    if isinstance(v, tuple):
        return f"({v[0]:g}, {v[1]:g})"
    return f"{v:g}" if isinstance(v, float) and math.isfinite(v) else str(v)


def print_errors(data: list[dict]) -> None:
    """Misses and false positives, by the strict one-to-one matching."""
    for item in data:
        gold = item["quantities"]
        tags = factcheck_tags(item["text"])
        free = list(tags)
        missed = []
        for g in gold:
            gv = decode(g["value"])
            for p in free:
                if values_match(gv, decode(p["value"])):
                    if p["change"] != g["change"]:
                        missed.append(f"change {g['change']}!={p['change']} {_fmt(gv)}")
                    free.remove(p)
                    break
            else:
                missed.append(f"MISS {_fmt(gv)} [{g['change']}] {g['unit']}")
        if missed or free:
            print("-", item["text"])
            for m in missed:
                print("    ", m)
            for p in free:
                print("     FP", _fmt(decode(p["value"])), f"[{p['change']}]",
                      p["normalized_unit"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", default=os.environ.get("NEWSQUANT_JSON"))
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--no-quantulum", action="store_true", help="skip quantulum3 (slow)")
    ap.add_argument("--errors", action="store_true",
                    help="list factcheck's misses and false positives (on NewsQuant itself: "
                         "dev split only)")
    ap.add_argument("--cqe-mapping", action="store_true",
                    help="add CQE's conventions that parse() does not share ('from X to Y' "
                         "as one range, 'from about 14-18' as '~'); default: the parser alone")
    args = ap.parse_args(argv)
    global CQE_MAPPING
    CQE_MAPPING = args.cqe_mapping
    if not args.path or not Path(args.path).is_file():
        print("NewsQuant.json not found. It is not shipped with this repository (third-party")
        print(f"data). Download it from {SOURCE},")
        print("then run: python benchmarks/bench_newsquant.py /path/to/NewsQuant.json")
        print("(or set NEWSQUANT_JSON).")
        return 0
    with open(args.path, encoding="utf-8") as fh:
        data = json.load(fh)
    if args.split != "all":
        data = [d for d in data if split_of(d["text"]) == args.split]
    if args.errors:
        if args.split != "dev" and Path(args.path).name == "NewsQuant.json":
            print("--errors only lists NewsQuant's dev split (keep test untouched); "
                  "use --split dev")
            return 0
        print_errors(data)
        return 0

    texts = [d["text"] for d in data]
    golds = [d["quantities"] for d in data]
    t0 = time.perf_counter()
    fc_rows = [(g, factcheck_tags(t)) for t, g in zip(texts, golds, strict=True)]
    fc_secs = time.perf_counter() - t0
    results = [("factcheck", score(fc_rows), fc_secs)]
    if not args.no_quantulum:
        tag = quantulum_tagger()
        if tag is not None:
            t0 = time.perf_counter()
            q_rows = [(g, tag(t)) for t, g in zip(texts, golds, strict=True)]
            results.append(("quantulum3", score(q_rows, average_ranges=True),
                            time.perf_counter() - t0))

    print(f"NewsQuant split={args.split}: {len(data)} sentences, "
          f"{sum(len(g) for g in golds)} gold quantities")
    print(f"{'system':<12} {'metric':<20} {'P':>6} {'R':>6} {'F1':>6}   found  seconds")
    for name, res, secs in results:
        metrics = ["value", "value+change", "strict value", "strict value+change"]
        if name == "quantulum3":
            metrics = ["value", "strict value"]  # no change labels, as in CQE's table
        for i, m in enumerate(metrics):
            p, r, f = res[m]
            extra = f"   {res['pred']:>5}  {secs:7.2f}" if i == 0 else ""
            print(f"{name:<12} {m:<20} {p:6.1f} {r:6.1f} {f:6.1f}{extra}")
    print("published (all 590 sentences; satya77/CQE_Evaluation "
          "data/evaluation_output/NewsQuant.csv):")
    for (name, m), (p, r, f) in PUBLISHED.items():
        print(f"{name:<12} {m:<20} {p:6.1f} {r:6.1f} {f:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
