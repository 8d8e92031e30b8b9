"""Alembic migrations; shipped inside the wheel as ``ledger.migrations``."""
