"""On a machine without a keychain, keyring must still say so: our in-memory backend is only
ever used when chosen explicitly (tests), never picked by keyring on its own."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_memory_backend_is_never_chosen_automatically():
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    code = "import associate_app.keychain, keyring; print(type(keyring.get_keyring()).__module__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert "associate_app" not in out.stdout
