"""Electrodiagnostic recordings uploaded for a patient, and the link from a derived
LSR measurement (``neurophys_results.recording_id``) to its recording.

Revision ID: 0003_recordings
Revises: 0002_clinic
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_recordings"
down_revision = "0002_clinic"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recordings",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "patient_id",
            sa.String(32),
            sa.ForeignKey("patients.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("file_format", sa.String(4), nullable=False),
        sa.Column("stored_path", sa.Text(), nullable=False),
        sa.Column("original_bytes", sa.BigInteger(), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "uploaded_by",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("recorded_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("analysis", sa.JSON(), nullable=True),
        sa.Column("report_path", sa.Text(), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
    )
    # batch mode: SQLite cannot add a foreign key to an existing table in place, so
    # Alembic copies the table there; PostgreSQL gets a plain ALTER TABLE.
    with op.batch_alter_table("neurophys_results") as batch:
        batch.add_column(sa.Column("recording_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_neurophys_results_recording_id",
            "recordings",
            ["recording_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index("ix_neurophys_results_recording_id", ["recording_id"])


def downgrade() -> None:
    with op.batch_alter_table("neurophys_results") as batch:
        batch.drop_index("ix_neurophys_results_recording_id")
        batch.drop_constraint("fk_neurophys_results_recording_id", type_="foreignkey")
        batch.drop_column("recording_id")
    op.drop_table("recordings")
