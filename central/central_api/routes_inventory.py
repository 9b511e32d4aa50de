"""A store's stock, and where else in the chain a product can be found."""

from __future__ import annotations

from typing import Annotated

import sqlalchemy as sa
from fastapi import HTTPException, Query, Request

from store_contract import wire
from store_contract.domain.geo import distance_km
from store_contract.domain.text import QT_TRANSLATE_NOOP, text

from . import auth, errors
from .read_models import page_bounds
from .schema import inventory, products, stores

router = auth.store_router(tags=["inventory"])


@router.get("/inventory", response_model=wire.InventoryPage)
def list_inventory(
    session: auth.ScopedSession,
    request: Request,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=wire.MAX_OFFSET)] = 0,
) -> wire.InventoryPage:
    query = (
        sa.select(inventory, products.c.sku, products.c.ean13, products.c.name)
        .join(products, products.c.product_id == inventory.c.product_id)
        .where(inventory.c.store_id == session.store.store_id)
        .order_by(inventory.c.product_id)
        .limit(limit)
        .offset(offset)
    )
    with request.app.state.engine.connect() as conn:
        rows = conn.execute(query).all()
    items = [
        wire.InventoryOut(
            store_id=r.store_id,
            product_id=r.product_id,
            sku=r.sku,
            ean13=r.ean13,
            name=r.name,
            on_hand=r.on_hand,
            reserved=r.reserved,
            available=max(r.on_hand - r.reserved, 0),
        )
        for r in rows
    ]
    return wire.InventoryPage(
        items=items, limit=limit, offset=offset, next_offset=page_bounds(rows, limit, offset)
    )


@router.get(
    "/inventory/{product_id}/nearby",
    response_model=wire.NearbyOut,
    responses={404: errors.error_response("Unknown product")},
)
def nearby(product_id: str, session: auth.ScopedSession, request: Request) -> wire.NearbyOut:
    """The product's stock in the chain's other stores, nearest first."""
    here = session.store
    with request.app.state.engine.connect() as conn:
        known = conn.execute(
            sa.select(products.c.product_id).where(products.c.product_id == product_id)
        ).first()
        if known is None:
            raise HTTPException(404, text(QT_TRANSLATE_NOOP(
                "Messages", "There is no product {product} in the catalogue."),
                product=product_id))
        rows = conn.execute(
            sa.select(stores, inventory.c.on_hand, inventory.c.reserved)
            .join(inventory, inventory.c.store_id == stores.c.store_id)
            .where(inventory.c.product_id == product_id, stores.c.store_id != here.store_id)
        ).all()
    found = [
        wire.NearbyAvailability(
            store=auth.store_out(r),
            distance_km=round(
                distance_km(here.latitude, here.longitude, r.latitude, r.longitude), 1
            ),
            on_hand=r.on_hand,
            reserved=r.reserved,
            available=max(r.on_hand - r.reserved, 0),
        )
        for r in rows
    ]
    found.sort(key=lambda a: (a.distance_km, a.store.store_id))
    return wire.NearbyOut(product_id=product_id, from_store_id=here.store_id, stores=found)
