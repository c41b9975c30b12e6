"""公开运行: the list published for citizens — a static website and the printed editions (no Qt).

Only items with `is_public` reach this package's output: `content.gather` drops the others before
anything is written, so no page, index, card or edition can carry them.
"""
