"""Translating texts that are defined as data in the core (field labels and editor groups)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qlist_desktop.domain.fields import TR_CONTEXT, label


def field_tr(text: str) -> str:
    """A label of the field registry in the UI language."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def field_label(name: str) -> str:
    """The label of the item field `name` in the UI language."""
    return field_tr(label(name))
