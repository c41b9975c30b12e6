"""Translating texts that are defined as data in the core (field labels and editor groups)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qlist_desktop.domain.fields import TR_CONTEXT, label


def translated(context: str, text: str) -> str:
    """A label declared as data with QT_TRANSLATE_NOOP(context, …) (lupdate extracts it there), in the UI language.

    The one place a variable reaches the translator: everywhere else `tr()` and `translate()` take literals, which
    tests/test_ui_locale.py checks.
    """
    return QCoreApplication.translate(context, text)


DOMAIN_CONTEXT = "Domain"  # labels the core declares (step kinds, response kinds …)


def domain_tr(text: str) -> str:
    return translated(DOMAIN_CONTEXT, text)


def field_tr(text: str) -> str:
    """A label of the field registry in the UI language."""
    return translated(TR_CONTEXT, text)


def field_label(name: str) -> str:
    """The label of the item field `name` in the UI language."""
    return field_tr(label(name))
