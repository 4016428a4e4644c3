"""How many connections one SQLAlchemy QueuePool opens, and what happens past it."""

from sqlalchemy import create_engine
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.pool import QueuePool

# SQLite stands in for PostgreSQL; the pool behaves the same for any database.
engine = create_engine(
    "sqlite://", poolclass=QueuePool, pool_size=5, max_overflow=10, pool_timeout=0.1
)
held = [engine.connect() for _ in range(15)]
print("open after 15 checkouts:", engine.pool.checkedout())
try:
    engine.connect()
except PoolTimeout:
    print("16th checkout: TimeoutError after pool_timeout")

for connection in held:
    connection.close()
print("kept open when idle:", engine.pool.checkedin())
instances, workers = 4, 9
print("fleet maximum:", instances * workers * (5 + 10))
