"""The declared status machine (`x-status-machine`): locks and the transitions actions make.

A status that locks an object refuses every change to it and to its sub-objects; an action
that the machine lists moves only from the statuses it names. Both answer with the machine's
own catalogue id, so the spec, the mock and the contract suite agree on the refusal.
"""

from __future__ import annotations

from mock_runtime.errors import CONFLICT, ApiError
from mock_runtime.storage.base import Record
from spec_rules.types import StatusMachine


def refuse_if_locked(machine: StatusMachine, record: Record) -> None:
    status = record.get(machine.field)
    if status in machine.locked:
        raise ApiError(_error_id(machine), f"It is {status} and can no longer be changed.")


def refuse_if_not_allowed(machine: StatusMachine | None, action: str, record: Record) -> None:
    """An action the machine declares runs only from its `from` statuses; any other action
    runs unless the object is locked."""
    if machine is None:
        return
    status = record.get(machine.field)
    allowed = machine.allows(action, str(status))
    if allowed is None:
        refuse_if_locked(machine, record)
    elif not allowed:
        raise ApiError(_error_id(machine), f"`{action}` is not possible while it is {status}.")


def _error_id(machine: StatusMachine) -> int:
    return machine.lock_error_id if machine.lock_error_id is not None else CONFLICT
