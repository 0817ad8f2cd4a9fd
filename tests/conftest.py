from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


# The suite runs the same examples every time, wherever it runs (a red CI must mean a real
# regression, not a new draw: the CI machine sets no CI variable, so this cannot hang on one).
# HYPOTHESIS_PROFILE=explore draws new examples; HYPOTHESIS_PROFILE=long digs deeper. What
# they find goes into the tests as an @example.
from hypothesis import HealthCheck, settings  # noqa: E402
import os  # noqa: E402

_common = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("default", max_examples=250, derandomize=True, database=None, **_common)
settings.register_profile("explore", max_examples=250, **_common)
settings.register_profile("long", max_examples=10_000, **_common)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# Colour is for a person at a terminal: a FORCE_COLOR in the caller's environment must not
# put escape codes into the exact outputs the tests compare (the colour tests set it themselves).
os.environ.pop("FORCE_COLOR", None)
