"""The chain catalogue (not store-scoped: every store sells the same products)."""

from __future__ import annotations

from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Query, Request

from store_contract.wire import MAX_OFFSET, ProductPage

from . import auth
from .read_models import page_bounds, product_out
from .schema import products

router = APIRouter(prefix="/v1", tags=["products"])


@router.get("/products", response_model=ProductPage)
def list_products(
    _: auth.CurrentSession,
    request: Request,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    ean: Annotated[
        str | None, Query(pattern=r"^[0-9]{8,14}$", description="Exact barcode, as scanned")
    ] = None,
) -> ProductPage:
    query = sa.select(products).order_by(products.c.product_id).limit(limit).offset(offset)
    if ean is not None:
        query = query.where(products.c.ean13 == ean)
    with request.app.state.engine.connect() as conn:
        rows = conn.execute(query).all()
    return ProductPage(
        items=[product_out(r) for r in rows],
        limit=limit,
        offset=offset,
        next_offset=page_bounds(rows, limit, offset),
    )
