"""Clinical records, videos and recordings can be marked "entered in error" (with who,
when and why); nothing is deleted. Contact names and reasons stored before input was
cleaned lose their bidi overrides and invisible format characters.

Revision ID: 0005_entered_in_error
Revises: 0004_notify_outbox
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_entered_in_error"
down_revision = "0004_notify_outbox"
branch_labels = None
depends_on = None

TABLES = (
    "injections",
    "medications",
    "mvd_surgeries",
    "scale_scores",
    "neurophys_results",
    "videos",
    "recordings",
)


def upgrade() -> None:
    # Nullable columns without a foreign key: a plain ALTER TABLE on SQLite too.
    for table in TABLES:
        op.add_column(table, sa.Column("entered_in_error_at", sa.DateTime(timezone=True)))
        op.add_column(table, sa.Column("entered_in_error_by", sa.Integer()))
        op.add_column(table, sa.Column("entered_in_error_reason", sa.Text()))
    from hfs.storage.cleantext import clean_line, clean_text

    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, name, reason FROM contact_requests")).all()
    for rid, name, reason in rows:
        new_name, new_reason = clean_line(name or ""), clean_text(reason or "")
        if (new_name, new_reason) != (name or "", reason or ""):
            conn.execute(
                sa.text("UPDATE contact_requests SET name = :n, reason = :r WHERE id = :i"),
                {"n": new_name, "r": new_reason, "i": rid},
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("entered_in_error_reason")
            batch.drop_column("entered_in_error_by")
            batch.drop_column("entered_in_error_at")
