"""A client that is not ours: Node.js with the npm packages yjs and y-websocket edits a live map.

CI runs ``npm ci`` in tests/live/js before the tests; the test runs wherever Node.js is.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from journeymap.live.host import start_room
from tests.factories import small_map

from .test_session import WAIT_MS, Person

JS = Path(__file__).resolve().parent / "js"
NODE = shutil.which("node")


@pytest.mark.slow
@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
def test_a_yjs_client_in_javascript_reads_and_edits_the_map(qtbot, qapp):
    assert (JS / "node_modules" / "y-websocket").is_dir(), "run `npm ci` in tests/live/js first"
    server = start_room(small_map())
    host = Person(server.address, "Host", small_map())
    node = None
    try:
        qtbot.waitUntil(lambda: host.session.state == "live", timeout=WAIT_MS)
        node = subprocess.Popen(
            [NODE, "edit_map.mjs", server.address.websocket_url(), "web-ad", "Edited in JavaScript",
             "web-buy", "Edited in Journeymap"],
            cwd=JS, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        qtbot.waitUntil(lambda: host.document.card("web-ad").title == "Edited in JavaScript", timeout=15000)
        assert host.document.cell_cards("st-a1", "l-web") == ["js-card-1", "web-ad"]
        assert host.document.card("js-card-1").title == "Added from JavaScript"
        qtbot.waitUntil(lambda: any(p["name"] == "Node" for p in host.session.people()), timeout=WAIT_MS)
        host.editor.set_properties("card", "web-buy", {"title": "Edited in Journeymap"})
        qtbot.waitUntil(lambda: node.poll() is not None, timeout=15000)
        out, err = node.communicate()
        assert node.returncode == 0, out + err
        lines = [json.loads(line) for line in out.splitlines()]
        assert lines[0] == {"format": "journeymap", "schema": 1, "title": "Small"}
        assert lines[1] == {"stages": ["Awareness", "Purchase", "Retention"]}
        assert lines[3] == {"card": "web-ad", "title": "Sees an ad", "emotion": 1}
        assert lines[-1] == {"seen": "web-buy", "title": "Edited in Journeymap"}
    finally:
        if node is not None and node.poll() is None:
            node.kill()
            node.communicate()
        host.session.leave()
        server.stop()
