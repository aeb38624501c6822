"""Start Journeymap: ``python main.py [FILE]`` does what ``journeymap [FILE]`` does."""

import sys

from journeymap.cli import main

if __name__ == "__main__":
    sys.exit(main())
