"""The numbers that decide what "consistent" means, in one place.

`compare` uses them to give verdicts and the GX `checks` suite receives them as suite
parameters, so the report's discrepancies and GX's unexpected rows cannot disagree.
"""

from __future__ import annotations

import math

# A one-sided claim ("more than 33 million") reads as the figure itself: it is only
# consistent when the true value is at most this fraction beyond the bound. Beyond it
# the words mislead even if technically true ("more than 33 million" for 300 million).
# 20%: a bound is read as the figure rounded down to a round number, and rounding down
# by more than a fifth misleads. This choice decides borderline cases such as Instagram's
# "more than 800 million" against the 1 billion known in 2020 (+25%: not consistent).
MATERIALITY_MARGIN = 0.20

# Relative tolerance the words "about / approximately / nearly / around" allow.
APPROX_TOLERANCE = 0.10


def bound_ratios(
    value: float | None, low: float | None, high: float | None
) -> tuple[float | None, float | None]:
    """value / low and value / high, or None where a side is unbounded or unknown."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None, None

    def ratio(bound: float | None) -> float | None:
        if bound is None or (isinstance(bound, float) and math.isnan(bound)) or bound == 0:
            return None
        return value / bound

    return ratio(low), ratio(high)


def is_consistent(
    value: float | None,
    low: float | None,
    high: float | None,
    margin: float = MATERIALITY_MARGIN,
) -> bool | None:
    """Whether a figure lies in the interval the words claim; None when there is no figure.

    One-sided intervals are closed by the materiality margin: [low, low * (1 + margin)]
    for "more than", [high / (1 + margin), high] for "less than".
    """
    over_low, over_high = bound_ratios(value, low, high)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if over_low is not None and over_low < 1.0:
        return False
    if over_high is not None and over_high > 1.0:
        return False
    if over_low is not None and over_high is None and over_low > 1.0 + margin:
        return False
    return not (over_high is not None and over_low is None and over_high < 1.0 / (1.0 + margin))
