"""The cycle collector is paused from the editor's first import until its first window is built."""

from __future__ import annotations

import gc

import pytest

from journeymap import collector


@pytest.fixture
def restored_collector():
    yield
    collector._paused_for_start_up = False
    gc.unfreeze()
    gc.enable()


def test_the_start_up_pause_lasts_until_the_first_window_keeps_what_it_built(restored_collector):
    collector.pause_until_first_window()
    assert not gc.isenabled()
    with collector.cycle_collector_paused():  # reading the map: a nested pause ends nothing
        pass
    assert not gc.isenabled()
    frozen = gc.get_freeze_count()
    built = [object() for _ in range(100)]
    with collector.cycle_collector_paused(keep=True):  # the first window
        built.append([built])
    assert gc.isenabled()
    assert gc.get_freeze_count() > frozen  # what the start made is left out of later collections
    with collector.cycle_collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_without_the_start_up_pause_every_block_resumes_the_collector(restored_collector):
    with collector.cycle_collector_paused(keep=True):
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()  # paused by someone else: a block leaves it as it found it
    with collector.cycle_collector_paused(keep=True):
        pass
    assert not gc.isenabled()


def test_a_gesture_pause_holds_the_collector_off_until_it_ends_or_is_dropped(restored_collector):
    pause = collector.GesturePause()
    assert not gc.isenabled()
    pause.end()
    assert gc.isenabled()
    pause.end()  # twice is once
    assert gc.isenabled()
    dropped = collector.GesturePause()
    assert not gc.isenabled()
    del dropped  # a gesture dropped without its release
    assert gc.isenabled()
    gc.disable()  # paused by someone else: left as found
    collector.GesturePause().end()
    assert not gc.isenabled()
