"""Clinic tables: accounts, web sessions, login attempts, patients, videos, treatments,
scales, neurophysiology, the append-only audit log.

Revision ID: 0002_clinic
Revises: 0001_assistant
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_clinic"
down_revision = "0001_assistant"
branch_labels = None
depends_on = None


def _now():
    return sa.Column(
        "created_at",
        sa.DateTime(timezone=True),
        nullable=False,
        server_default=sa.func.current_timestamp(),
    )


def _patient_fk():
    return sa.Column(
        "patient_id",
        sa.String(32),
        sa.ForeignKey("patients.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


SQLITE_TRIGGERS = (
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
)
POSTGRES_TRIGGERS = (
    """CREATE FUNCTION hfs_audit_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'the audit log is append-only'; END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION hfs_audit_append_only()""",
    """CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
       FOR EACH STATEMENT EXECUTE FUNCTION hfs_audit_append_only()""",
)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("email", sa.String(320), nullable=False, unique=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        _now(),
    )
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("email", sa.String(320), nullable=False, index=True),
        sa.Column("client", sa.String(64), nullable=False, index=True),
        sa.Column("success", sa.Boolean(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
    )
    op.create_table(
        "patients",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("mrn", sa.String(64), nullable=False, unique=True),
        sa.Column("family_name", sa.String(100), nullable=False),
        sa.Column("given_names", sa.JSON(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(10), nullable=False),
        sa.Column("affected_side", sa.String(12), nullable=False),
        _now(),
    )
    op.create_table(
        "videos",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("token", sa.String(64), nullable=False, unique=True),
        sa.Column(
            "patient_id",
            sa.String(32),
            sa.ForeignKey("patients.id", ondelete="CASCADE"),
            nullable=True,
            index=True,
        ),
        sa.Column(
            "contact_request_id",
            sa.Integer(),
            sa.ForeignKey("contact_requests.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("stored_path", sa.Text(), nullable=False),
        sa.Column("content_type", sa.String(40), nullable=False),
        sa.Column("original_bytes", sa.BigInteger(), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("progress", sa.Float(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("analysis", sa.JSON(), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "injections",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _patient_fk(),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("product", sa.String(100), nullable=False),
        sa.Column("total_units", sa.Float(), nullable=False),
        sa.Column("side", sa.String(10), nullable=False),
        sa.Column("sites", sa.JSON(), nullable=False),
        _now(),
    )
    op.create_table(
        "medications",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _patient_fk(),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("dose", sa.String(100), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("stop_date", sa.Date(), nullable=True),
        _now(),
    )
    op.create_table(
        "mvd_surgeries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _patient_fk(),
        sa.Column("performed_on", sa.Date(), nullable=False),
        sa.Column("side", sa.String(10), nullable=False),
        sa.Column("lsr_outcome", sa.String(20), nullable=False),
        sa.Column("baep_notes", sa.Text(), nullable=True),
        _now(),
    )
    op.create_table(
        "scale_scores",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _patient_fk(),
        sa.Column("scored_on", sa.Date(), nullable=False),
        sa.Column("jrs_severity", sa.Integer(), nullable=True),
        sa.Column("jrs_frequency", sa.Integer(), nullable=True),
        sa.Column("smc_grade", sa.Integer(), nullable=True),
        sa.Column("hfs7_answers", sa.JSON(), nullable=True),
        _now(),
    )
    op.create_table(
        "neurophys_results",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        _patient_fk(),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("side", sa.String(10), nullable=False),
        sa.Column("lsr_present", sa.Boolean(), nullable=False),
        sa.Column("onset_latency_ms", sa.Float(), nullable=True),
        sa.Column("amplitude_uv", sa.Float(), nullable=True),
        _now(),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("actor_type", sa.String(10), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(320), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("object_type", sa.String(40), nullable=False),
        sa.Column("object_id", sa.String(64), nullable=True),
        sa.Column("outcome", sa.String(10), nullable=False),
        sa.Column("client", sa.String(64), nullable=True),
    )
    dialect = op.get_bind().dialect.name
    triggers = {"sqlite": SQLITE_TRIGGERS, "postgresql": POSTGRES_TRIGGERS}.get(dialect, ())
    for sql in triggers:
        op.execute(sql)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TABLE audit_log")
        op.execute("DROP FUNCTION hfs_audit_append_only()")
    else:
        op.drop_table("audit_log")
    for name in (
        "neurophys_results",
        "scale_scores",
        "mvd_surgeries",
        "medications",
        "injections",
        "videos",
        "patients",
        "login_attempts",
        "web_sessions",
        "users",
    ):
        op.drop_table(name)
