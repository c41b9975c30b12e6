"""The published site in a real browser: Debian's chromium, headless, driven by selenium, opened from file://."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.wait import WebDriverWait

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--disable-dev-shm-usage")


def start_chromium(profile: Path) -> WebDriver:
    """Headless chromium with a fresh profile, through Debian's chromedriver (nothing is downloaded)."""
    options = Options()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--window-size=1366,900"):
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield driver
    finally:
        driver.quit()


def index_data(site: Path) -> dict:
    raw = (site / "assets/search-index.js").read_text(encoding="utf-8")
    return json.loads(raw.removeprefix("window.QLIST_INDEX = ").rstrip().removesuffix(";"))


def expected_matches(site: Path, term: str) -> int:
    """What the search must find, computed here from the index the way a reader would search it."""
    data = index_data(site)
    return sum(1 for code, name, cat, bases in ((r[1], r[2], data["categories"][r[3]], r[5]) for r in data["items"])
               if term in f"{code} {name} {cat} {bases}")


def count_text(driver: WebDriver) -> str:
    return str(driver.find_element(By.ID, "count").text)


def test_typing_a_search_term_shows_the_result_count(browser: WebDriver, published: tuple[Path, Path]) -> None:
    _ws, site = published
    browser.set_window_size(1366, 900)
    browser.get((site / "index.html").as_uri())
    assert count_text(browser) == "共 19 个公开事项"
    box = browser.find_element(By.ID, "q")
    box.send_keys("食品")
    want = expected_matches(site, "食品")
    assert 0 < want < 19
    WebDriverWait(browser, 5).until(lambda d: count_text(d) == f"找到 {want} 个事项")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#results li")) == want
    box.send_keys(" 许可")  # every word must match
    both = sum(1 for r in index_data(site)["items"] if "食品" in r[2] + r[5] and "许可" in r[2] + r[5])
    WebDriverWait(browser, 5).until(lambda d: count_text(d) == f"找到 {both} 个事项")
    box.send_keys(Keys.ENTER)  # submitting keeps the page and the result
    assert count_text(browser) == f"找到 {both} 个事项"
    first = browser.find_element(By.CSS_SELECTOR, "#results li a")
    name = first.text
    first.send_keys(Keys.ENTER)  # a result opens by keyboard
    WebDriverWait(browser, 5).until(lambda d: d.find_element(By.TAG_NAME, "h1").text == name)


def test_a_linked_search_and_the_filters(browser: WebDriver, published: tuple[Path, Path]) -> None:
    _ws, site = published
    browser.get((site / "index.html").as_uri() + "?q=%E9%A3%9F%E5%93%81")  # ?q=食品
    assert browser.find_element(By.ID, "q").get_attribute("value") == "食品"
    assert count_text(browser) == f"找到 {expected_matches(site, '食品')} 个事项"
    browser.get((site / "index.html").as_uri())
    Select(browser.find_element(By.ID, "category")).select_by_value("行政许可")
    data = index_data(site)
    licences = sum(1 for r in data["items"] if data["categories"][r[3]] == "行政许可")
    WebDriverWait(browser, 5).until(lambda d: count_text(d) == f"找到 {licences} 个事项")
    Select(browser.find_element(By.ID, "topic")).select_by_value("企业开办")
    topic = data["topics"].index("企业开办")
    both = sum(1 for r in data["items"] if data["categories"][r[3]] == "行政许可" and topic in r[4])
    WebDriverWait(browser, 5).until(lambda d: count_text(d) == f"找到 {both} 个事项")
    assert "category=" in browser.current_url and "topic=" in browser.current_url  # the search can be linked


def test_keyboard_reaches_the_skip_link_then_the_navigation(browser: WebDriver, published: tuple[Path, Path]) -> None:
    _ws, site = published
    browser.get((site / "items/999001017XK00101.html").as_uri())
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    active = browser.switch_to.active_element
    assert active.text == "跳到正文" and active.get_attribute("href").endswith("#main")
    active.send_keys(Keys.TAB)
    assert browser.switch_to.active_element.tag_name == "a"


@pytest.mark.parametrize("width", [1366, 360])
def test_screenshots_of_home_and_item_page(browser: WebDriver, published: tuple[Path, Path], width: int,
                                           tmp_path: Path) -> None:
    _ws, site = published
    browser.set_window_size(width, 900)
    for name, page in (("home", "index.html?q=食品"), ("item", "items/999001017XK00101.html")):
        browser.get((site / page).as_uri().replace("%3F", "?"))
        # Nothing wider than the window: no sideways scrolling on a phone.
        assert browser.execute_script("return document.documentElement.scrollWidth") <= width
        shot = tmp_path / f"{name}-{width}.png"
        browser.save_screenshot(str(shot))
        assert shot.stat().st_size > 10_000
    image = browser.find_element(By.CSS_SELECTOR, ".chart img")
    assert browser.execute_script("return arguments[0].naturalWidth", image) > 0  # the chart SVG loaded
    assert image.size["width"] <= width
