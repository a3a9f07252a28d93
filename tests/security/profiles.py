"""Hypothesis profiles: "ci" (bounded, the default) and "fuzz" (``make fuzz``), by HYPOTHESIS_PROFILE."""
from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

#: Examples per property in the default run, and under ``make fuzz``.
CI_EXAMPLES = 150
FUZZ_EXAMPLES = 3000


def register() -> str:
    """Register both profiles and load the one HYPOTHESIS_PROFILE names (default "ci")."""
    common = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    settings.register_profile("ci", max_examples=CI_EXAMPLES, print_blob=True, **common)
    settings.register_profile("fuzz", max_examples=FUZZ_EXAMPLES, print_blob=True, **common)
    name = os.environ.get("HYPOTHESIS_PROFILE", "ci")
    settings.load_profile(name if name in ("ci", "fuzz") else "ci")
    return name


def fuzzing() -> bool:
    """True under ``make fuzz`` (longer concurrency and crash runs too)."""
    return os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
