"""Dependencies for routes, as ``Annotated`` aliases (``AssistantDep``, ``SettingsDep``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from hfs.assistant.service import AssistantService
from hfs.settings import Settings


def get_assistant(request: Request) -> AssistantService:
    return request.app.state.assistant


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


AssistantDep = Annotated[AssistantService, Depends(get_assistant)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
