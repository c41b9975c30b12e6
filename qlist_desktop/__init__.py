"""qlist-desktop: compile a department's administrative power list (权力清单) offline."""

__version__ = "0.1.0"
