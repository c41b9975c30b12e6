"""Alembic environment: migrations run on the connection the workspace hands over."""

from alembic import context

from qlist_desktop.storage.schema import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
