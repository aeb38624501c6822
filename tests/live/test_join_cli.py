"""``journeymap --join ADDRESS``: a wrong address is one message and exit code 2, before any window."""

from __future__ import annotations

from journeymap.cli import main
from journeymap.live.address import parse_address


def test_a_wrong_join_address_is_one_message(capsys):
    assert main(["--join", "http://example.invalid/room"]) == 2
    err = capsys.readouterr().err
    assert "journeymap://" in err and "Traceback" not in err


def test_an_address_without_its_token_is_refused_before_joining(capsys):
    assert main(["--join", "journeymap://127.0.0.1:40123/map-1a2b3c4d"]) == 2
    assert "token" in capsys.readouterr().err


def test_both_link_forms_name_the_same_session():
    a = parse_address("journeymap://127.0.0.1:40123/map-1a2b3c4d?token=abcdefghijklmnopqrstuvwx")
    b = parse_address("ws://127.0.0.1:40123/map-1a2b3c4d?token=abcdefghijklmnopqrstuvwx")
    assert a == b and a.websocket_url() == "ws://127.0.0.1:40123/map-1a2b3c4d?token=abcdefghijklmnopqrstuvwx"
