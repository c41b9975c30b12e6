"""What a write changed (after Anki's OpChanges): every writing service returns one, views refresh from it alone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Change(StrEnum):
    """The kinds of workspace data a write can touch."""

    ITEMS = "items"
    CHARTS = "charts"
    OPINIONS = "opinions"
    SUBMISSIONS = "submissions"
    CATALOG = "catalog"
    SETTINGS = "settings"


@dataclass(frozen=True)
class OpChanges:
    """Item ids created, updated and deleted (moved to the recycle bin) by one operation, and what else it touched."""

    created: frozenset[int] = frozenset()
    updated: frozenset[int] = frozenset()
    deleted: frozenset[int] = frozenset()
    kinds: frozenset[Change] = frozenset()

    @classmethod
    def of(
        cls,
        *kinds: Change,
        created: Iterable[int] = (),
        updated: Iterable[int] = (),
        deleted: Iterable[int] = (),
    ) -> OpChanges:
        created, updated, deleted = frozenset(created), frozenset(updated), frozenset(deleted)
        implied = {Change.ITEMS} if created or updated or deleted else set()
        return cls(created, updated - created - deleted, deleted - created, frozenset(kinds) | implied)

    def __or__(self, other: OpChanges) -> OpChanges:
        created = (self.created | other.created) - other.deleted
        deleted = (self.deleted - other.created) | (other.deleted - self.created)
        gone_again = self.created & other.deleted  # created, then deleted in the same step: never seen
        return OpChanges(created, (self.updated | other.updated) - created - deleted - gone_again, deleted,
                         self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    @property
    def item_ids(self) -> frozenset[int]:
        """Every item id the operation touched."""
        return self.created | self.updated | self.deleted

    def touches(self, kind: Change) -> bool:
        return kind in self.kinds

    def to_dict(self) -> dict[str, object]:
        return {"created": sorted(self.created), "updated": sorted(self.updated), "deleted": sorted(self.deleted),
                "kinds": sorted(k.value for k in self.kinds)}


NOTHING = OpChanges()
