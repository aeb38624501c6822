"""``python -m journeymap``: the same as the ``journeymap`` command."""

import sys

from .cli import main

sys.exit(main())
