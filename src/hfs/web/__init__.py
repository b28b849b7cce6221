"""The hfs web app (FastAPI). Build it with :func:`create_app`; serve with ``hfs serve``."""

from hfs.web.app import create_app

__all__ = ["create_app"]
