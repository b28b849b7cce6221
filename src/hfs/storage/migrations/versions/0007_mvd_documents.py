"""Documents linked to an MVD record: the operating-room case report
(``hfs neuro case attach``), stored privately like the analysis reports, with its
SHA-256 so that a file changed on disk is refused, not shown (issue 19).

Revision ID: 0007_mvd_documents
Revises: 0006_patient_language
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_mvd_documents"
down_revision = "0006_patient_language"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mvd_documents",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "patient_id",
            sa.String(32),
            sa.ForeignKey("patients.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "mvd_id",
            sa.Integer(),
            sa.ForeignKey("mvd_surgeries.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("stored_path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("attached_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("mvd_documents")
