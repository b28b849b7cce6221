"""The language the patient wrote in ("en" or "es") on contact requests and feedback,
so the clinic inbox shows it (issue 18). Rows from before are English.

Revision ID: 0006_patient_language
Revises: 0005_entered_in_error
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_patient_language"
down_revision = "0005_entered_in_error"
branch_labels = None
depends_on = None

TABLES = ("contact_requests", "feedback")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("lang", sa.String(5), nullable=False, server_default="en"))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("lang")
