"""``hfs admin ...`` (accounts) and ``hfs clinic ...`` (export, demo data, upload
retention): the clinic from a shell.

Each opens the database of ``HFS_DATABASE_URL`` / ``HFS_DATA_DIR`` (migrating it first)
and write to the audit log as the system actor.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from hfs.errors import InputError

#: The account roles (the same as :data:`hfs.storage.models.ROLES`, which a test
#: checks); spelled out here so that starting ``hfs`` does not import the database layer.
ROLES = ("clinician", "staff", "admin")


def _cli_actor():
    """The system actor ``cli`` the commands audit as."""
    from hfs.storage.clinic_store import Actor

    return Actor("system", "cli")


def _sessions(*, create: bool = False):
    """The configured database (migrated). Without ``create`` a missing SQLite file is
    an error naming the folder looked in: a command run with another ``HFS_DATA_DIR``
    than the server's must not quietly start a second, empty database."""
    from hfs.errors import ConfigError
    from hfs.settings import get_settings
    from hfs.storage import create_db_engine, make_session_factory, migrate
    from hfs.storage.private import check_private_tree

    settings = get_settings()
    path = sqlite_file(settings)
    if path is not None and not path.exists():
        if not create:
            raise ConfigError(
                f"no hfs database in {path.parent} (HFS_DATA_DIR); point HFS_DATA_DIR at "
                "the folder the server uses (make demo: HFS_DATA_DIR=demo/data) or set "
                "HFS_DATABASE_URL"
            )
        click.echo(f"hfs: creating a new database in {path.parent}", err=True)
    check_private_tree(settings.data_dir)
    engine = create_db_engine(settings.sqlalchemy_url)
    migrate(engine)
    return make_session_factory(engine)


def sqlite_file(settings) -> Path | None:
    """The SQLite database file of ``settings`` (None for another database)."""
    from sqlalchemy.engine import make_url

    url = make_url(settings.sqlalchemy_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database).expanduser()


@click.group()
def admin() -> None:
    """Clinic accounts."""


@admin.command("create-user")
@click.argument("email")
@click.option("--role", type=click.Choice(ROLES), required=True, help="What the account may do.")
@click.option(
    "--generate",
    is_flag=True,
    help="Make a random password and print it once (instead of prompting for one).",
)
def create_user_cmd(email: str, role: str, generate: bool) -> None:
    """Create a clinic account EMAIL with ROLE (there are no default accounts)."""
    from hfs.services.accounts import create_account

    password = None
    if not generate:
        password = click.prompt(
            "Password", hide_input=True, confirmation_prompt="Repeat the password"
        )
    sessions = _sessions(create=True)
    with sessions() as db:
        user, password = create_account(db, _cli_actor(), email, role, password=password)
        click.echo(f"created {role} account {user.email} (id {user.id})")
    if generate:
        click.echo(f"password (shown once): {password}")


@admin.command("list-users")
def list_users_cmd() -> None:
    """List the clinic accounts (email, role, active)."""
    from hfs.services.accounts import list_accounts

    sessions = _sessions()
    with sessions() as db:
        users = list_accounts(db, _cli_actor())
    if not users:
        click.echo("no accounts (create one with: hfs admin create-user EMAIL --role ROLE)")
    for u in users:
        click.echo(
            f"{u.id:>5}  {u.email:<40} {u.role:<10} {'active' if u.active else 'deactivated'}"
        )


@admin.command("deactivate")
@click.argument("email")
def deactivate_cmd(email: str) -> None:
    """Deactivate the account EMAIL and end its sessions."""
    from hfs.services.accounts import change_account, find_account

    sessions = _sessions()
    with sessions() as db:
        user = find_account(db, email)
        user = change_account(db, _cli_actor(), None, user.id, active=False, role=None)
        click.echo(f"deactivated {user.email} (its sessions have ended)")


@admin.command("reset-password")
@click.argument("email")
def reset_password_cmd(email: str) -> None:
    """Give the account EMAIL a new generated password (printed once); ends its sessions."""
    from hfs.services.accounts import find_account, reset_account_password

    sessions = _sessions()
    with sessions() as db:
        user, password = reset_account_password(db, _cli_actor(), find_account(db, email).id)
        click.echo(f"new password for {user.email} (shown once): {password}")


@click.group()
def clinic() -> None:
    """Clinic records: export, demo data."""


@clinic.command("export-fhir")
@click.argument("patient_id")
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Where to write the FHIR R4B Bundle (JSON).",
)
def export_fhir_cmd(patient_id: str, out: Path) -> None:
    """Export patient PATIENT_ID as a validated FHIR R4B Bundle."""
    from hfs.cli._common import write_atomic
    from hfs.services.records import export_fhir

    if out.exists() and out.is_dir():
        raise InputError(f"{out} is a folder; give a file name")
    sessions = _sessions()
    with sessions() as db:
        _, bundle = export_fhir(
            db,
            _cli_actor(),
            patient_id,
            deliver=lambda b: write_atomic(out, json.dumps(b, indent=1)),
        )
    click.echo(f"wrote {out} ({len(bundle.get('entry', []))} resources)")


def seed_demo_data(**options) -> dict:
    """:func:`hfs.services.demo.seed_demo` into the configured database and data folders,
    with a progress bar (and MediaPipe's native log kept off the terminal)."""
    from hfs.cli._common import progress_bar
    from hfs.services.demo import seed_demo
    from hfs.settings import get_settings
    from hfs.video.landmarks import native_stderr_silenced

    settings = get_settings()
    sessions = _sessions(create=True)
    with native_stderr_silenced(), progress_bar("Making and analysing demo videos") as update:
        return seed_demo(
            sessions,
            settings.videos_dir,
            recordings_dir=settings.recordings_dir,
            reports_dir=settings.reports_dir,
            progress=update,
            **options,
        )


@clinic.command("seed-demo")
@click.option("--patients", type=click.IntRange(1, 3), default=3, show_default=True)
@click.option(
    "--duration",
    type=click.FloatRange(2, 60),
    default=12.0,
    show_default=True,
    help="Seconds of synthetic video per visit.",
)
@click.option("--seed", type=int, default=0, show_default=True)
def seed_demo_cmd(patients: int, duration: float, seed: int) -> None:
    """Add invented demo patients (videos analysed by the real pipeline, injections,
    an MVD with its LSR outcome) and a demo clinician whose password is printed once."""
    out = seed_demo_data(patients=patients, duration_s=duration, rng=seed)
    click.echo(f"added {len(out['patients'])} demo patients (all invented)")
    click.echo(f"demo clinician: {out['email']}")
    click.echo(f"password (shown once): {out['password']}")


@clinic.command("purge-uploads")
def purge_uploads_cmd() -> None:
    """Delete patients' uploads attached to no patient and no contact request that are
    older than HFS_UPLOAD_RETENTION_DAYS (default 30); prints what was removed."""
    from hfs.services.retention import purge_stale_uploads
    from hfs.settings import get_settings
    from hfs.storage.private import sweep_tmp
    from hfs.web.app import stale_tmp_seconds

    settings = get_settings()
    removed = purge_stale_uploads(_sessions(), settings, actor=_cli_actor())
    for p in removed:
        note = "" if p.file_removed else " (its file was already gone)"
        click.echo(f"removed video {p.video_id} uploaded {p.uploaded_at:%Y-%m-%d}{note}")
    click.echo(
        f"removed {len(removed)} unattached upload(s) older than "
        f"{settings.upload_retention_days:g} days"
    )
    # Half-sent uploads of a server that was stopped mid-upload.
    swept = sweep_tmp(settings.data_dir, older_than_s=stale_tmp_seconds(settings))
    click.echo(f"removed {len(swept)} stale upload temp file(s) from {settings.data_dir / 'tmp'}")
