import sys

from qlist_desktop.cli.main import main

sys.exit(main())
