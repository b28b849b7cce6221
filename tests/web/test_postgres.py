"""The clinic backend on PostgreSQL, for real.

Set ``HFS_TEST_POSTGRES_URL`` (e.g. ``postgresql+psycopg://postgres@/hfs_test?host=/tmp/pg&port=5432``)
to run these; each test gets an empty ``public`` schema. Without it they are skipped,
unless ``HFS_REQUIRE_POSTGRES=1`` (set by .ci/run): then a missing database is a
failure, so CI cannot pass without having run them.

The API tests are the SQLite ones, imported: here the ``settings`` fixture points
them at PostgreSQL.
"""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from hfs.settings import Settings
from hfs.storage import create_db_engine, migrate
from tests.services.test_retention import test_the_app_start_purges_stale_unattached_uploads  # noqa: F401

from .test_accounts import (  # noqa: F401
    test_admin_creates_an_account_whose_password_is_shown_once,
    test_deactivation_ends_the_sessions_and_the_login,
)
from .test_audit import (  # noqa: F401 - collected here, run on PostgreSQL
    test_audit_rows_cannot_be_changed_in_the_database,
    test_audit_rows_cannot_be_changed_through_the_app,
    test_reads_changes_and_exports_are_audited_without_personal_values,
)
from .test_auth import (  # noqa: F401
    test_failed_logins_are_throttled_per_account,
    test_idle_session_expires,
    test_login_makes_a_new_session_id_and_logout_removes_it,
)
from .test_clinic_api import (  # noqa: F401
    test_bad_input_is_a_clear_4xx,
    test_contact_request_workflow_and_feedback,
    test_dates_and_text_are_checked,
    test_patient_timeline_and_fhir_export,
    test_search_by_name_and_mrn,
)
from .test_clinic_pages import (  # noqa: F401
    story,
    test_a_video_is_reachable_only_through_its_own_patient,
    test_inbox_shows_requests_their_video_and_feedback_and_filters,
    test_patient_page_shows_the_records_and_the_timeline,
    test_patients_list_search_and_who_may_open,
)
from .test_recordings import (  # noqa: F401
    diagnostic,
    test_another_patients_recording_is_not_found,
    test_upload_is_analysed_and_gives_the_patients_lsr,
)
from .test_security_matrix import test_route_by_role_matrix  # noqa: F401
from .test_uploads import test_upload_status_and_tokens, uploads  # noqa: F401

URL_ENV = "HFS_TEST_POSTGRES_URL"


@pytest.fixture
def pg_url() -> str:
    url = os.environ.get(URL_ENV)
    if not url:
        if os.environ.get("HFS_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"HFS_REQUIRE_POSTGRES=1 but {URL_ENV} is not set")
        pytest.skip(f"PostgreSQL tests need {URL_ENV}")
    engine = create_db_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    return url


@pytest.fixture
def settings(tmp_path, pg_url) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=pg_url)


def test_migrations_and_triggers_on_postgres(pg_url):
    engine = create_db_engine(pg_url)
    assert engine.dialect.name == "postgresql"
    migrate(engine)
    migrate(engine)  # idempotent
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_log (at, actor_type, actor, action, object_type, outcome) "
            "VALUES (now(), 'system', 't', 'test', 'x', 'ok')"
        )
    for sql in ("UPDATE audit_log SET outcome='x'", "DELETE FROM audit_log", "TRUNCATE audit_log"):
        with pytest.raises(sa.exc.DatabaseError, match="append-only"), engine.begin() as conn:
            conn.exec_driver_sql(sql)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar() == 1
        # 0003: the recordings table and the derived LSR row's link to it
        fks = sa.inspect(conn).get_foreign_keys("neurophys_results")
        assert {"recordings"} <= {fk["referred_table"] for fk in fks}
        assert "recordings" in sa.inspect(conn).get_table_names()
    engine.dispose()
