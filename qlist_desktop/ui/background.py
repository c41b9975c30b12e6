"""Long work (export, import) on a worker thread, reported back through signals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

Progress = Callable[[int, int, str], None]


class BackgroundJob(QObject):
    """Runs `job(progress)` when its thread starts; `failed` carries a sentence, never a traceback.

    Exceptions of the `expected` types carry a message for the liaison already; anything else is
    reported with `unexpected` (formatted with the exception's type name and text).
    """

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Callable[[Progress], object], expected: tuple[type[Exception], ...],
                 unexpected: str) -> None:
        super().__init__()
        self.job, self.expected, self.unexpected = job, expected, unexpected
        self._thread: QThread | None = None  # not `thread`: that is QObject.thread()

    def start(self, parent: QObject) -> None:
        """Run on a new thread owned by `parent` (connect the signals first)."""
        thread = self._thread = QThread(parent)
        self.moveToThread(thread)
        thread.started.connect(self.run)
        thread.start()

    def finish(self) -> None:
        """Wait for the thread to end and let Qt delete both (after `succeeded` or `failed`)."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
            self._thread = None
        self.deleteLater()

    @Slot()
    def run(self) -> None:
        try:
            result = self.job(lambda done, total, message: self.progress.emit(done, total, message))
        except self.expected as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # the dialog must say something rather than hang
            self.failed.emit(self.unexpected.format(type(exc).__name__, exc))
        else:
            self.succeeded.emit(result)
