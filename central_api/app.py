"""The FastAPI application of the reference central service."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.routing import APIRoute

from associate_app.wire import API_VERSION

from . import (
    auth,
    errors,
    routes_auth,
    routes_chain,
    routes_customers,
    routes_health,
    routes_inventory,
    routes_orders,
    routes_products,
    routes_stores,
    routes_sync,
    schema,
    schema_sync,
    sealing_keys,
    storage,
)

STORE_SCOPED_PREFIX = "/v1/stores/{store_id}"


def create_app(db_url: str | Path) -> FastAPI:
    """The service over the database at ``db_url`` (a file path or an SQLAlchemy URL)."""
    engine = storage.create_engine(db_url)
    schema.create_schema(engine)
    schema_sync.upgrade_legacy_tables(engine)
    sealing_keys.ensure_key(engine)
    app = FastAPI(
        title="Store Associate central API (reference)",
        version=f"{API_VERSION}.0",
        description="Stores, staff sessions, customers, orders and stock for the Store "
        "Associate app. Tokens are store-scoped: a device of one store never "
        "reads or writes another store's data.",
    )
    app.state.engine = engine
    errors.install(app)
    for router in (
        routes_health.router,
        routes_auth.router,
        routes_stores.chain,
        routes_stores.router,
        routes_customers.router,
        routes_orders.router,
        routes_inventory.router,
        routes_products.router,
        routes_sync.router,
        routes_chain.router,
    ):
        app.include_router(router)
    _check_store_scoping(app)
    if len(store_scoped_routes(app)) < 7:  # the walk above must see the included routers
        raise RuntimeError("could not list the store-scoped routes")

    return app


def api_routes(app: FastAPI) -> list[APIRoute]:
    """Every API route, including those of included routers.

    Recent FastAPI versions keep an included router as one lazy entry of ``app.routes`` (with
    ``original_router``) instead of copying its routes, so walk both shapes.
    """
    found: list[APIRoute] = []

    def walk(routes: list) -> None:  # type: ignore[type-arg]
        for route in routes:
            if isinstance(route, APIRoute):
                found.append(route)
            elif (inner := getattr(route, "original_router", None)) is not None:
                walk(inner.routes)

    walk(app.routes)
    return found


def store_scoped_routes(app: FastAPI) -> list[APIRoute]:
    return [r for r in api_routes(app) if r.path.startswith(STORE_SCOPED_PREFIX)]


def _check_store_scoping(app: FastAPI) -> None:
    """Refuse to start if a store-scoped route was added without the store-scope guard."""
    for route in store_scoped_routes(app):
        if not any(dep.call is auth.store_scope for dep in route.dependant.dependencies):
            raise RuntimeError(f"{route.path} is not guarded by auth.store_scope")
