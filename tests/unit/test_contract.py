"""One contract between the app and the central service (store_contract): every kind of change
is one model that both sides validate with and the OpenAPI document publishes; every synced
entity is one list of columns that the service's feed sends and the device's cache holds; and
no module outside the contract writes a payload's fields by hand."""

from __future__ import annotations

import ast
import tempfile
from pathlib import Path

import pytest

from associate_app.cache import local_effects, replica
from associate_app.cache.local_store import LocalStore
from central_api import mutations, sync_feed
from central_api.app import create_app
from central_api.changes import ENTITIES as LOGGED_KINDS
from central_api.schema import metadata
from store_contract import entities, payloads, sealing
from store_contract.domain.errors import InvalidInput
from store_contract.domain.mutation_types import MutationType

ROOT = Path(__file__).resolve().parents[2]
SEALED = "hpke1.k1." + "A" * 80
#: where a payload must never be written by hand: the two programs (the contract is contract/)
PROGRAMS = ("associate_app", "central/central_api")


# -- one model per kind of change, the same on both sides ------------------------------------------


def test_every_kind_of_change_has_one_model_one_service_handler_and_one_local_effect():
    assert set(payloads.PAYLOADS) == set(MutationType)
    assert set(mutations.HANDLERS) == set(MutationType)
    assert set(local_effects.APPLY) == set(MutationType)


def test_the_openapi_document_lists_every_kind_of_change_with_its_payload():
    with tempfile.TemporaryDirectory() as folder:
        document = create_app(Path(folder) / "central.sqlite3").openapi()
    schemas = document["components"]["schemas"]
    for kind, model in payloads.PAYLOADS.items():
        assert model.__name__ in schemas, f"{kind}: no schema for its payload"
        typed = schemas[model.__name__.removesuffix("Payload") + "Mutation"]
        assert typed["properties"]["type"]["const"] == kind.value
        assert typed["properties"]["payload"] == {
            "$ref": f"#/components/schemas/{model.__name__}"}
    items = schemas["PushRequest"]["properties"]["mutations"]["items"]
    assert set(items["discriminator"]["mapping"]) == {k.value for k in MutationType}
    # limits travel with the models: a note's length, a sealed value's form
    note = schemas["NoteAdd"]["properties"]["body"]
    assert note["maxLength"] == payloads.NOTE_MAX
    handover = schemas["OrderHandover"]["properties"]
    assert "code" not in handover and "manager_pin" not in handover  # never on the wire in clear


@pytest.mark.parametrize(("kind", "payload", "field", "sentence"), [
    (MutationType.NOTE_ADD, {"interaction_id": "tmp-1", "customer_id": "C1", "body": "  "},
     "body", "The note cannot be empty."),
    (MutationType.NOTE_ADD, {"interaction_id": "tmp-1", "body": "Hello"},
     "customer_id", "customer_id is missing."),
    (MutationType.NOTE_ADD, {"interaction_id": "tmp-1", "customer_id": "C1", "body": "x" * 2001},
     "body", "The note is too long (characters: 2,001; at most 2,000)."),
    (MutationType.CUSTOMER_ENROL, {"customer_id": "tmp-1", "first_name": "Ann", "last_name": "Lee",
                                   "email": "ann@example.com", "phone": "07911 123456"},
     "marketing_consent", "Say whether the customer agrees to marketing."),
    (MutationType.CUSTOMER_ENROL, {"customer_id": "tmp-1", "first_name": "Ann", "last_name": "Lee",
                                   "email": "ann", "phone": "07911 123456",
                                   "marketing_consent": False},
     "email", "“ann” is not an email address (it should look like name@example.com)."),
    (MutationType.CUSTOMER_SET_CONSENT, {"customer_id": "C1", "marketing_consent": "yes"},
     "marketing_consent", "Consent is yes or no."),
    (MutationType.LOYALTY_EARN, {"customer_id": "C1", "amount_cents": True, "receipt": "R1"},
     "amount_cents", "Enter the purchase amount."),
    (MutationType.LOYALTY_EARN, {"customer_id": "C1", "amount_cents": 10**8, "receipt": "R1"},
     "amount_cents", "That purchase amount is too large."),
    (MutationType.LOYALTY_REDEEM, {"customer_id": "C1", "points": 2_000_000, "reward": "Mug"},
     "points", "That is more than the limit of 1,000,000."),
    (MutationType.ORDER_PICK_LINE, {"order_id": "O1", "line_id": "L1", "ean13": "5012345678901"},
     "ean13", "That barcode's check digit is wrong: a misread. Scan it again."),
    (MutationType.ORDER_STAGE, {"order_id": "O1", "location": "#shelf"},
     "location", "Scan the shelf label or type a location like SHELF-B3."),
    (MutationType.ORDER_HANDOVER, {"order_id": "O1", "code": "ABCD2345"},
     "code", "Type or scan the customer's pickup code."),
    (MutationType.ORDER_HANDOVER, {"order_id": "O1", "override_reason": "Lost code",
                                   "manager_id": "M1001", "manager_pin": "9999"},
     "manager_pin", "The manager enters their PIN."),
    (MutationType.ORDER_RETURN_TO_STOCK, {"order_id": "O1", "lines": [{"line_id": "L1"}]},
     "lines", "A returned quantity is a whole number, 0 or more."),
    (MutationType.ORDER_RETURN_TO_STOCK, {"order_id": "O1", "lines": ["L1"]},
     "lines", "Each returned line needs a line and a quantity."),
    (MutationType.ORDER_RETURN, {"order_id": "O1", "return_id": "tmp-r", "lines": [],
                                 "refund_method": "tender"},
     "lines", "Scan the items coming back (or pick the lines) before recording the return."),
    (MutationType.ORDER_RETURN, {"order_id": "O1", "return_id": "tmp-r", "refund_method": "cash",
                                 "lines": [{"line_id": "L1", "qty": 1, "reason": "faulty",
                                            "condition": "damaged"}]},
     "refund_method", "Choose how the refund is paid: to the original payment or as store "
                      "credit."),
    (MutationType.ORDER_RETURN, {"order_id": "O1", "return_id": "tmp-r", "refund_method": "tender",
                                 "lines": [{"line_id": "L1", "qty": 1, "reason": "bored",
                                            "condition": "damaged"}]},
     "reason", "Choose a reason for the return from the list."),
    (MutationType.ORDER_RETURN, {"order_id": "O1", "return_id": "tmp-r", "refund_method": "tender",
                                 "lines": [{"line_id": "L1", "qty": 0, "reason": "faulty",
                                            "condition": "damaged"}]},
     "qty", "Enter a whole number above zero."),
    # changes at pickup (issue 13)
    (MutationType.ORDER_DECLINE_LINE, {"order_id": "O1", "return_id": "tmp-d", "line_id": "L1",
                                       "qty": 1, "reason": "bored"},
     "reason", "Choose why the customer declines the item from the list."),
    (MutationType.ORDER_DECLINE_LINE, {"order_id": "O1", "return_id": "tmp-d", "line_id": "L1",
                                       "qty": 0, "reason": "changed_mind"},
     "qty", "Enter a whole number above zero."),
    (MutationType.ORDER_ADD_ITEM, {"order_id": "O1", "line_id": "tmp-l", "qty": 1},
     "product_id", "product_id is missing."),
    # exchanges (issue 13)
    (MutationType.ORDER_EXCHANGE, {"order_id": "O1", "return_id": "tmp-r", "exchange_id": "tmp-x",
                                   "refund_method": "tender", "replacements": [],
                                   "lines": [{"line_id": "L1", "qty": 1, "reason": "faulty",
                                              "condition": "damaged"}]},
     "replacements", "Scan the replacement items (or add them) before recording the exchange."),
    (MutationType.ORDER_EXCHANGE, {"order_id": "O1", "return_id": "tmp-r", "exchange_id": "tmp-x",
                                   "refund_method": "tender",
                                   "replacements": [{"product_id": "P1", "qty": 1,
                                                     "source": "collect"}],
                                   "lines": [{"line_id": "L1", "qty": 1, "reason": "faulty",
                                              "condition": "damaged"}]},
     "replacements", "Choose the store the replacement comes from."),
    (MutationType.ORDER_EXCHANGE, {"order_id": "O1", "return_id": "tmp-r", "exchange_id": "tmp-x",
                                   "refund_method": "tender",
                                   "replacements": [{"product_id": "P1", "qty": 1,
                                                     "source": "teleport"}],
                                   "lines": [{"line_id": "L1", "qty": 1, "reason": "faulty",
                                              "condition": "damaged"}]},
     "source", "Say where the replacement comes from: here, a nearby store, or sent to the "
               "customer's home."),
    ("order.teleport", {"order_id": "O1"}, "type", "Unknown kind of change 'order.teleport'."),
])
def test_a_wrong_change_is_refused_with_a_sentence_for_staff(kind, payload, field, sentence):
    with pytest.raises(InvalidInput) as refused:
        payloads.validate(kind, payload)
    assert (refused.value.field, str(refused.value)) == (field, sentence)


def test_a_change_is_checked_as_it_is_built_and_queued_as_the_service_reads_it():
    with pytest.raises(InvalidInput, match="The reward cannot be empty."):
        payloads.LoyaltyRedeem(customer_id="C1", points=10, reward=" ")
    enrol = payloads.CustomerEnrol(customer_id="tmp-1", first_name=" Ann ", last_name="Lee",
                                   email="Ann@Example.com", phone_e164="07911 123456",
                                   marketing_consent=True)
    assert enrol.wire() == {"customer_id": "tmp-1", "first_name": "Ann", "last_name": "Lee",
                            "email": "ann@example.com", "phone_e164": "+447911123456",
                            "marketing_consent": True}
    assert payloads.validate(MutationType.CUSTOMER_ENROL, enrol.wire()) == enrol.wire()


def test_a_secret_is_carried_in_clear_only_until_it_is_sealed():
    handover = payloads.OrderHandover(order_id="O1", code="ABCD2345")
    assert handover.secrets() == {"code": "ABCD2345"}
    assert handover.wire() == {"order_id": "O1"}  # the code is sealed into it before queueing
    assert "ABCD2345" not in repr(handover)
    override = payloads.OrderHandover(order_id="O1", override_reason="Lost code",
                                      manager_id="M1001", manager_pin="9999", code="ABCD2345")
    assert override.secrets() == {"manager_pin": "9999"}
    sealed = {**override.wire(), "sealed_manager_pin": SEALED}
    assert payloads.validate(MutationType.ORDER_HANDOVER, sealed) == sealed


def test_the_secret_and_bound_fields_are_read_from_the_models():
    assert {"code", "manager_pin", "presence_code"} == payloads.SECRET_FIELDS
    assert sealing.SEALED_FIELDS == {"code": "sealed_code", "manager_pin": "sealed_manager_pin",
                                     "presence_code": "sealed_presence_code"}
    assert set(sealing.BOUND_FIELDS) == {"order_id", "override_reason", "manager_id", "points",
                                         "reward", "amount_cents", "receipt",
                                         # a return's approval: the items, the refund, why
                                         "lines", "refund_method", "exception_reason",
                                         # an exchange's: and what is given in exchange
                                         "replacements",
                                         # a reward's: which one, and the card that proves
                                         # the customer is here
                                         "reward_id", "card_number"}


# -- one list per synced entity ------------------------------------------------------------------


def test_the_feed_the_change_log_and_the_cache_share_one_list_of_entities():
    assert tuple(LOGGED_KINDS) == tuple(sync_feed.SNAPSHOT_ORDER) == entities.KINDS
    for kind, spec in entities.ENTITIES.items():
        feed, cache = sync_feed.ENTITIES[kind], replica.ENTITIES[kind]
        assert feed.shape.names == cache.columns == spec.columns
        assert [(name, shape.names) for name, shape, _, _ in feed.children] == [
            (c.key, c.columns) for c in cache.children] == [
            (c.key, c.columns) for c in spec.children]


def test_every_entity_column_exists_in_the_service_schema():
    for spec in entities.ENTITIES.values():
        tables = [(spec.table, spec.columns)] + [(c.table, c.columns) for c in spec.children]
        for table, columns in tables:
            missing = set(columns) - {c.name for c in metadata.tables[table].c}
            assert not missing, f"{table} has no {sorted(missing)} on the service"


#: the service's columns that never reach a device, each with its reason: a column added to a
#: synced table later must be added to the contract's entity (and a cache migration) or here
NEVER_SYNCED = {
    "stores": {"enrolment_code_hash"},  # the store's enrolment secret
    "staff": {"pin_hash", "pin_salt"},  # devices keep their own bound verifiers (offline_pins)
    "order_lines": {"qty_substituted"},  # the service's tally; devices read the substitutions
    "returns": {"mutation_id"},  # the change that made it: the service's bookkeeping
    "exchanges": {"mutation_id"},  # likewise
}


def test_every_service_column_of_a_synced_table_is_synced_or_kept_back_on_purpose():
    for spec in entities.ENTITIES.values():
        tables = [(spec.table, spec.columns)] + [(c.table, c.columns) for c in spec.children]
        for table, columns in tables:
            kept_back = {c.name for c in metadata.tables[table].c} - set(columns)
            assert kept_back == NEVER_SYNCED.get(table, set()), (
                f"{table}: {sorted(kept_back)} would never reach a device: add them to "
                "store_contract/entities.py (and a cache migration), or to NEVER_SYNCED")


def test_the_cache_schema_after_its_migrations_has_every_entity_column(tmp_path):
    store = LocalStore(tmp_path)
    try:
        conn = store.reader()
        for spec in entities.ENTITIES.values():
            tables = [(spec.table, spec.columns)] + [(c.table, c.columns) for c in spec.children]
            for table, columns in tables:
                have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
                missing = set(columns) - have
                assert not missing, f"the cache's {table} has no {sorted(missing)}"
        conn.close()
    finally:
        store.close()


# -- nobody else names a payload's fields ---------------------------------------------------------


def _payload_fields() -> tuple[set[str], set[str]]:
    """(every payload field, the fields no synced entity has a column of the same name)."""
    fields = set(payloads.ReturnedLine.model_fields)
    for model in payloads.PAYLOADS.values():
        fields |= set(model.model_fields)
    columns = set()
    for spec in entities.ENTITIES.values():
        columns |= set(spec.columns)
        for child in spec.children:
            columns |= {*child.columns, child.key}
    return fields, fields - columns


#: calls that queue a change: given a payload dict written by hand, they bypass the models
_QUEUEING = {"record", "_record", "record_blocking", "enqueue"}


def hand_written_payloads(source: str) -> list[str]:
    """Where ``source`` writes a payload's fields by hand: a dict with a field only a payload
    has, a dict of payload fields handed to a call that queues a change, or a list of fields
    only payloads have (a second list of the secret or sealed fields)."""
    fields, payload_only = _payload_fields()
    found = []

    def names(nodes: list[ast.expr | None]) -> set[str]:
        return {n.value for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)}

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict) and names(node.keys) & payload_only:
            found.append(f"line {node.lineno}: a dict of {sorted(names(node.keys) & payload_only)}")
        elif isinstance(node, ast.Tuple | ast.List | ast.Set) and len(
                names(node.elts) & payload_only) >= 2:
            found.append(f"line {node.lineno}: a list of {sorted(names(node.elts))}")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            given = [*node.args, *(k.value for k in node.keywords)]
            if name == "dict" and {k.arg for k in node.keywords} & payload_only:
                found.append(f"line {node.lineno}: dict() of payload fields")
            if name in _QUEUEING and any(isinstance(a, ast.Dict) and names(a.keys) & fields
                                         for a in given):
                found.append(f"line {node.lineno}: {name}() given a payload written by hand")
    return found


def test_the_contract_is_the_only_place_a_payload_field_is_named():
    problems = []
    for program in PROGRAMS:
        assert (ROOT / program / "__init__.py").is_file(), f"{program} moved: scan it there"
        for path in sorted((ROOT / program).rglob("*.py")):
            if "forms" in path.parts:  # compiled Qt Designer forms
                continue
            problems += [f"{path.relative_to(ROOT)} {p}"
                         for p in hand_written_payloads(path.read_text(encoding="utf-8"))]
    assert not problems, ("build payloads with store_contract.payloads, and read secret or "
                          "bound fields from it:\n" + "\n".join(problems))


@pytest.mark.parametrize("source", [
    'SECRET_FIELDS = frozenset({"code", "manager_pin"})',
    '_SECRETS = ("code", "manager_pin")',
    'await self.services.record(T.LOYALTY_EARN, {"customer_id": c, "amount_cents": 1, '
    '"receipt": r})',
    'await self._record(T.ORDER_START_PICKING, {"order_id": order.order_id})',
    'payload = dict(order_id=o, override_reason=r, manager_id=m)',
])
def test_the_check_finds_a_payload_written_by_hand(source):
    assert hand_written_payloads(source)
