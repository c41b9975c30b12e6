"""The desktop workbench (PySide6). Nothing outside this package imports Qt."""
