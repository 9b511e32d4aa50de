"""Click-and-collect rules, one concern per module, all re-exported here
(``from store_contract.domain import pickup``; ``pickup.check_transition(...)``):

* :mod:`.states` — the order state machine: states, who may move an order, refusals;
* :mod:`.lines` — the typed order and line the rules work on (:class:`PickupOrder`,
  :class:`PickLine`);
* :mod:`.picking` — what a scanned barcode does to an order being picked; shortages;
* :mod:`.readiness` — partial availability: may a picked order be marked ready;
* :mod:`.codes` — pickup codes: format, generation, the slow hash checked offline;
* :mod:`.handover` — wrong-code attempts and the manager's override;
* :mod:`.changes` — changes at pickup: an item declined or added at the counter;
* :mod:`.no_shows` — the pickup window, expiry;
* :mod:`.urgency` — how urgent an order is (due, late, kept, a no-show), as facts;
* :mod:`.times` — timestamps as the rules compare them.

Pure Python, shared by the app (which checks before it queues a change, also offline) and the
central service (which checks again before applying: never trust the wire). No Qt, SQL, HTTP.
"""

from store_contract.domain.pickup.changes import (
    CHANGEABLE,
    AddOn,
    Declined,
    check_add_on,
    check_decline,
    declinable,
)
from store_contract.domain.pickup.codes import (
    CODE_ALPHABET,
    CODE_LENGTH,
    PICKUP_CODE_COST,
    code_from_bytes,
    code_problem,
    format_code,
    hash_code,
    is_well_formed_code,
    new_code,
    normalise_code,
    scrypt_hash,
    verify_code,
    verify_scrypt,
)
from store_contract.domain.pickup.handover import (
    MAX_CODE_ATTEMPTS,
    OVERRIDE_REASON_MIN,
    attempts_left,
    check_code_attempt_allowed,
    check_override_reason,
    wrong_code_sentence,
)
from store_contract.domain.pickup.lines import PickLine, PickupOrder
from store_contract.domain.pickup.no_shows import (
    EXPIRING_SOON,
    PICKUP_HOLD,
    check_expire,
    is_overdue,
)
from store_contract.domain.pickup.picking import (
    DecisionKind,
    PickDecision,
    RefusalKind,
    check_shortage,
    scan_for_line,
)
from store_contract.domain.pickup.readiness import (
    Readiness,
    ReadinessKind,
    check_mark_ready,
    readiness,
)
from store_contract.domain.pickup.states import (
    CANCELLED,
    COLLECTED,
    EXPIRED,
    FINAL_STATES,
    HOLDS_STOCK,
    NEW,
    PICKING,
    READY,
    RETURNED,
    STATES,
    TRANSITIONS,
    Actor,
    IllegalTransition,
    Transition,
    can_transition,
    cancellation_reason,
    check_editable,
    check_stageable,
    check_transition,
    next_states,
)
from store_contract.domain.pickup.times import as_datetime
from store_contract.domain.pickup.urgency import Urgency, UrgencyKind, urgency

__all__ = [
    "CHANGEABLE", "AddOn", "Declined", "check_add_on", "check_decline", "declinable",
    "CANCELLED", "CODE_ALPHABET", "CODE_LENGTH", "COLLECTED", "EXPIRED", "EXPIRING_SOON",
    "FINAL_STATES", "HOLDS_STOCK", "MAX_CODE_ATTEMPTS", "NEW", "OVERRIDE_REASON_MIN",
    "PICKING", "PICKUP_CODE_COST", "PICKUP_HOLD", "READY", "RETURNED", "STATES", "TRANSITIONS",
    "Actor", "DecisionKind", "IllegalTransition", "PickDecision", "PickLine", "PickupOrder",
    "Readiness", "ReadinessKind", "RefusalKind", "Transition", "Urgency", "UrgencyKind",
    "as_datetime", "attempts_left",
    "can_transition", "cancellation_reason", "check_code_attempt_allowed", "check_editable",
    "check_expire", "check_mark_ready", "check_override_reason", "check_shortage",
    "check_stageable", "check_transition", "code_from_bytes", "code_problem", "format_code",
    "hash_code", "is_overdue", "is_well_formed_code", "new_code", "next_states",
    "normalise_code", "readiness", "scan_for_line", "scrypt_hash", "urgency", "verify_code",
    "verify_scrypt", "wrong_code_sentence",
]
