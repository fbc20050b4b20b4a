from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.client_bulk_item import ClientBulkItem


T = TypeVar("T", bound="ClientBulkRequest")


@_attrs_define
class ClientBulkRequest:
    """Up to 100 clients to create or update in one request. Each item is handled on its own, in order; one failing item
    does not stop the others.

        Attributes:
            clients (list[ClientBulkItem]): The clients, each created (no `client_id`) or updated (with `client_id`). More
                than 100 items are refused as a whole with 429 (error 919). Example: [{'external_client_id': 'Shop-
                Customer-2208', 'name': 'Atelier Lemaire SRL', 'country_code': 'BE'}, {'client_id': 1002, 'name': 'De Groene
                Fietser BV', 'phone_number': '+31 30 765 4321'}].
    """

    clients: list[ClientBulkItem]

    def to_dict(self) -> dict[str, Any]:
        clients = []
        for clients_item_data in self.clients:
            clients_item = clients_item_data.to_dict()
            clients.append(clients_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clients": clients,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_bulk_item import ClientBulkItem  # noqa: PLC0415

        d = dict(src_dict)
        clients = []
        _clients = d.pop("clients")
        for clients_item_data in _clients:
            clients_item = ClientBulkItem.from_dict(clients_item_data)

            clients.append(clients_item)

        client_bulk_request = cls(
            clients=clients,
        )

        return client_bulk_request
