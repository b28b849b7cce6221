"""The application layer: the one place that commits, audits and submits work.

The web app's routes and pages, the CLI and the demo call these functions; each takes
a database session (or a session factory, for steps of a long upload) and plain
values, and returns rows, records or plain dicts. The shells keep only what is
theirs: parsing a request or the command line, status codes and exit codes,
templates. One module per concern:

=================  ==========================================================
``records``        patients and their clinical records; attach a video; FHIR
``corrections``    a record marked entered in error
``uploads``        patients' video uploads: rate limit, row, status by token
``recordings``     clinicians' EDF/BDF recordings: check, store, list, report
``inbox``          contact requests and feedback
``accounts``       clinic accounts (admins)
``auth``           login, logout, who a session cookie names
``audit_log``      reading the audit log
``analyses``       submitting analysis jobs; jobs left unfinished; the executor
``retention``      purging stale unattached uploads
``demo``           seeding the invented demo patients
=================  ==========================================================
"""
