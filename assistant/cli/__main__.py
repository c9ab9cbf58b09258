"""`python -m assistant.cli`."""

import sys

from . import main

sys.exit(main(obj={}))
