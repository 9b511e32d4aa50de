"""The bundle's program: ``associate-app`` (``associate_app.cli``), frozen by PyInstaller.

The demo (``--demo``) starts the reference central service as a child process with
``sys.executable -m central_api`` (``associate_app/demo_service.py``). In the bundle
``sys.executable`` is this program, not a Python, so that one command line is run here as
Python would run it: the bundle carries ``central_api`` and what it needs (FastAPI, uvicorn,
SQLAlchemy, Faker). Nothing else of Python's command line is understood.
"""

from __future__ import annotations

import sys


def main() -> int:
    if getattr(sys, "frozen", False) and sys.argv[1:3] == ["-m", "central_api"]:
        import runpy

        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module("central_api", run_name="__main__", alter_sys=True)
        return 0  # (central_api's __main__ exits with the service's code itself)
    from associate_app.cli import main as app_main

    return app_main()


if __name__ == "__main__":
    sys.exit(main())
