"""What the Security screen asks of the central service: the store's audit and its devices.

Online only (the audit lives on the service); every failure is an ``errors.ApiError`` with a
sentence for the person.
"""

from __future__ import annotations

from associate_app.api import errors
from associate_app.screen_service import ScreenService
from store_contract.domain.text import QT_TRANSLATE_NOOP, text
from store_contract.wire_security import AuditPage, DeviceOut


class SecurityService(ScreenService):
    def _client(self):
        client = self.context.client
        if client is None or not self.store_id:
            raise errors.Unreachable(text(QT_TRANSLATE_NOOP(
                "Messages", "Not connected to the central service.")))
        return client

    async def audit(self, before: int | None = None) -> AuditPage:
        return await self._client().audit(self.store_id, before)

    async def devices(self) -> list[DeviceOut]:
        return await self._client().devices(self.store_id)

    async def revoke(self, device_id: str) -> DeviceOut:
        return await self._client().revoke_device(self.store_id, device_id)

    async def this_device(self) -> str | None:
        return await self.context.credentials.aget("device_id")
