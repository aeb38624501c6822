"""The web page in headless Chromium, offline: it loads cleanly and its controls work."""

from __future__ import annotations

import shutil

import pytest

from journeymap.io.export_formats import export_document
from journeymap.model import Card
from tests.factories import small_map
from tests.io.deck_maps import ATTACKS, attack_map, hebrew_map

CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("qapp")]


@pytest.fixture()
def browser(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    if not shutil.which(CHROMEDRIVER):
        pytest.fail("chromedriver is needed for the page tests (Debian: chromium-driver)")
    options = webdriver.ChromeOptions()
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,800",
        "--proxy-server=http://127.0.0.1:9",  # offline: any request from the page would fail loudly
        f"--user-data-dir={tmp_path / 'chromium'}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def _open(browser, doc, tmp_path):
    path = tmp_path / "map.html"
    export_document(doc, path, "html")
    browser.get(path.as_uri())
    browser.find_element("id", "map")
    return browser


def _errors(browser):
    return [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]


def _hit(browser, card_id):
    return browser.find_element("css selector", f'.hit[data-card="{card_id}"]')


def test_loads_offline_without_errors_and_shows_a_card(browser, tmp_path):
    _open(browser, small_map(), tmp_path)
    assert _errors(browser) == []
    requests = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert requests == []
    assert browser.find_element("id", "details").get_attribute("hidden") is not None
    _hit(browser, "web-compare").click()
    details = browser.find_element("id", "details")
    assert details.is_displayed()
    assert browser.find_element("id", "d-title").text == "Compares prices"
    body = browser.find_element("id", "d-body").text
    assert "Anna" in body and "Buys" in body and "Sees an ad" in body  # persona, leads to, comes from
    browser.find_element("id", "close").click()
    assert not details.is_displayed()


def test_persona_filter_and_search(browser, tmp_path):
    doc = small_map()
    doc.add_card(Card("ben-only", "st-b1", "l-phone", "Asks for a callback", personas=("p-ben",)))
    _open(browser, doc, tmp_path)
    from selenium.webdriver.support.select import Select

    persona = Select(browser.find_element("id", "persona"))
    persona.select_by_visible_text("Anna")
    dimmed = {e.get_attribute("data-card") for e in browser.find_elements("css selector", ".hit.dim")}
    assert dimmed == {"ben-only"}  # as the editor's filter: cards naming nobody belong to everyone
    persona.select_by_visible_text("All personas")
    assert browser.find_elements("css selector", ".hit.dim") == []
    search = browser.find_element("id", "search")
    search.send_keys("call")
    matched = {e.get_attribute("data-card") for e in browser.find_elements("css selector", ".hit.match")}
    assert matched == {"phone-ask", "phone-support", "ben-only"}
    assert "3 of 7" in browser.find_element("id", "count").text


def test_keyboard_zoom_and_enter_on_a_card(browser, tmp_path):
    _open(browser, small_map(), tmp_path)
    stage = browser.find_element("id", "stage")
    before = stage.get_attribute("style")
    browser.find_element("id", "viewport").send_keys("+")
    assert stage.get_attribute("style") != before
    _hit(browser, "web-buy").send_keys("\ue007")  # Enter
    assert browser.find_element("id", "d-title").text == "Buys"


def test_a_script_title_stays_text(browser, tmp_path):
    doc = attack_map()
    _open(browser, doc, tmp_path)
    card = doc.cards()[0]
    _hit(browser, card.id).click()
    assert browser.find_element("id", "d-title").text == ATTACKS[0]
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    assert _errors(browser) == []


def test_hebrew_page_is_mirrored(browser, tmp_path):
    _open(browser, hebrew_map(), tmp_path)
    assert browser.execute_script("return document.documentElement.dir + document.documentElement.lang") == "rtlhe"
    assert _errors(browser) == []
