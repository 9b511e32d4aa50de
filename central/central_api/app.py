"""The FastAPI application of the reference central service."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.routing import APIRoute

from store_contract.wire import API_VERSION

from . import (
    auth,
    body_guard,
    errors,
    loyalty_programme,
    returns,
    routes_admin,
    routes_auth,
    routes_chain,
    routes_customers,
    routes_health,
    routes_inventory,
    routes_loyalty,
    routes_orders,
    routes_products,
    routes_returns,
    routes_stores,
    routes_sync,
    schema_migrations,
    schema_sync,
    sealing_keys,
    storage,
)

STORE_SCOPED_PREFIX = "/v1/stores/{store_id}"
#: where a worker process (``central-api --workers N``) finds its database
DB_ENV = "CENTRAL_API_DB"


class NotMigrated(RuntimeError):
    """The database is behind this version and was not to be migrated at start."""


def prepare_database(db_url: str | Path, *, migrate: bool = True) -> sa.Engine:
    """Open the database and bring it to this version's schema and reference data: an engine.

    ``migrate``: run the pending migrations (:mod:`central_api.schema_migrations`); when False
    a database behind this version raises :class:`NotMigrated` with what to run."""
    engine = storage.create_engine(db_url)
    try:
        if schema_migrations.pending(engine):
            if not migrate:
                raise NotMigrated(
                    f"the database {storage.describe(db_url)} is not at this version's schema "
                    f"({schema_migrations.current(engine) or 'no migrations run'}, this version "
                    f"needs {schema_migrations.head()}): run central-api migrate --db … first, "
                    "or start with --migrate")
            schema_migrations.migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    schema_sync.upgrade_legacy_tables(engine)
    sealing_keys.ensure_key(engine)
    returns.ensure_policy(engine)  # a database seeded before returns existed gets the policy
    loyalty_programme.ensure_catalogue(engine)  # and one before the programme, its catalogue
    return engine


def worker_app() -> FastAPI:
    """The app of one worker process: the database the parent prepared (``CENTRAL_API_DB``)."""
    db = os.environ.get(DB_ENV)
    if not db:
        raise RuntimeError(f"{DB_ENV} is not set: start workers with central-api --workers N")
    return create_app(db, prepared=True)


def create_app(
    db_url: str | Path, *, body_limits: body_guard.BodyLimits | None = None,
    prepared: bool = False,
) -> FastAPI:
    """The service over the database at ``db_url`` (a file path or an SQLAlchemy URL).

    ``body_limits``: how large and how slow a request body may be (tests make them small).
    ``prepared``: the schema is known to be this version's (a worker of several)."""
    engine = storage.create_engine(db_url) if prepared else prepare_database(db_url)
    app = FastAPI(
        title="Store Associate central API (reference)",
        version=f"{API_VERSION}.0",
        description="Stores, staff sessions, customers, orders and stock for the Store "
        "Associate app. Tokens are store-scoped: a device of one store never "
        "reads or writes another store's data.",
    )
    app.state.engine = engine
    errors.install(app)
    app.add_middleware(body_guard.BodyGuard, limits=body_limits)
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
        routes_admin.router,
        routes_returns.router,
        routes_loyalty.router,
    ):
        app.include_router(router)
    _check_store_scoping(app)
    _check_permissions(app)
    if len(store_scoped_routes(app)) < 7:  # the walk above must see the included routers
        raise RuntimeError("could not list the store-scoped routes")
    _document_errors(app)
    return app


def _document_errors(app: FastAPI) -> None:
    """Serve an OpenAPI document that lists every error each operation can answer."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = errors.document_errors(
                generate(), store_scoped_prefix=STORE_SCOPED_PREFIX
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


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


def _check_permissions(app: FastAPI) -> None:
    """Refuse to start if a route is neither public nor named in the permission table, or
    is in the table but does not check the session (which checks the permission)."""
    for route in api_routes(app):
        for method in route.methods or ():
            if method == "HEAD":
                continue
            key = (method, route.path)
            if key in auth.PUBLIC_ROUTES:
                continue
            if key not in auth.ROUTE_PERMISSIONS:
                raise RuntimeError(f"{method} {route.path} has no entry in auth.ROUTE_PERMISSIONS")
            if not _depends_on(route.dependant, auth.current_session):
                raise RuntimeError(f"{method} {route.path} does not check the staff session")


def _depends_on(dependant, call) -> bool:  # noqa: ANN001 - FastAPI's Dependant
    return any(dep.call is call or _depends_on(dep, call) for dep in dependant.dependencies)


def _check_store_scoping(app: FastAPI) -> None:
    """Refuse to start if a store-scoped route was added without the store-scope guard."""
    for route in store_scoped_routes(app):
        if not any(dep.call is auth.store_scope for dep in route.dependant.dependencies):
            raise RuntimeError(f"{route.path} is not guarded by auth.store_scope")
