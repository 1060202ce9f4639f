"""Alembic environment: runs on the connection ``scanner.inventory.migrate`` hands over."""

from alembic import context

from scanner.inventory.migrate import VERSION_TABLE
from scanner.inventory.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, version_table=VERSION_TABLE,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
