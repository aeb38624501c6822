"""numpy for the dense blocks and the many-column solves, loaded on first use, its BLAS on one thread.

The editor loads the analysis at start and most maps never need numpy, so it waits until a
loop does. The blocks are small (a few hundred cards on a big map): a second BLAS thread
gains nothing there, and on a busy machine it spins while it waits, taking processor time
from the editor the analysis runs beside.
"""

from __future__ import annotations

import os
import sys


def numpy():
    """The numpy module (with OPENBLAS_NUM_THREADS=1 unless numpy was loaded, or that was set, before)."""
    if "numpy" not in sys.modules:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    import numpy as np

    return np
