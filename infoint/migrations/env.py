"""Alembic environment: always run on a connection the store hands over.

The store opens the transaction (and, on SQLite, takes the write lock first), so
several processes opening a fresh database at once migrate it exactly once.
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
