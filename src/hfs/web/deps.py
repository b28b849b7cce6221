"""Dependencies for routes, as ``Annotated`` aliases (``AssistantDep``, ``SettingsDep``).

They only read ``app.state``, so they are ``async``: FastAPI runs a sync dependency in
its thread pool, a round trip per request that costs more than the lookup.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from hfs.assistant.service import AssistantService
from hfs.settings import Settings


async def get_assistant(request: Request) -> AssistantService:
    return request.app.state.assistant


async def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


AssistantDep = Annotated[AssistantService, Depends(get_assistant)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
