#!/usr/bin/env python3
"""axe-core over every HTML page of built sites, in headless Chromium, in four views (issue 13).

The views: 1280 px and 390 px wide, each in the light and the dark colour scheme (emulated through the
DevTools protocol: Emulation.setDeviceMetricsOverride and Emulation.setEmulatedMedia). One browser session
serves every page and view. axe-core is the copy that the PyPI package axe-playwright-python ships
(axe.min.js, 4.12 in 0.1.8); Selenium injects it, so Playwright and its browsers are not needed.

Rules: WCAG 2.0/2.1/2.2 A and AA, and best practice. Prints one line per page and view, then every
violation (rule, impact, page, view, the element's selector and axe's summary), and exits 1 when there is
any, 2 when the browser cannot be started.

Usage:
  axe_check.py [--screenshots DIR] [--chromium PATH] [--chromedriver PATH] FOLDER...
Every *.html below each FOLDER is checked. With --screenshots, each page in each view is saved as a PNG
(the full page height) under DIR, named after its folder, path and view.
"""
import argparse
import importlib.util
import json
import os
import shutil
import sys
import time
from pathlib import Path

VIEWS = [  # (name, width, height, scheme)
    ("1280-light", 1280, 900, "light"),
    ("1280-dark", 1280, 900, "dark"),
    ("390-light", 390, 844, "light"),
    ("390-dark", 390, 844, "dark"),
]
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]


def axe_source():
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("axe-playwright-python is not installed (pip install axe-playwright-python)")
    path = Path(list(spec.submodule_search_locations)[0]) / "axe.min.js"
    return path.read_text(encoding="utf-8")


def start_browser(chromium, chromedriver):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1280,900"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)


def set_view(driver, width, height, scheme):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 500})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"media": "screen", "features": [{"name": "prefers-color-scheme", "value": scheme}]})


def screenshot(driver, path, width):
    height = driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 16000), "scale": 1}})
    import base64
    path.write_bytes(base64.b64decode(shot["data"]))


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--screenshots", type=Path)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--chromedriver", default=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    args = parser.parse_args(argv)

    pages = []
    for folder in args.folders:
        found = sorted(folder.rglob("*.html"))
        if not found:
            print(f"{folder}: no HTML pages", file=sys.stderr)
            return 2
        pages += [(folder, page) for page in found]
    source = axe_source()
    run_options = json.dumps({"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]})
    started = time.monotonic()
    try:
        driver = start_browser(args.chromium, args.chromedriver)
    except Exception as error:  # Selenium's errors name the missing binary; pass it on briefly.
        print(f"cannot start headless Chromium through {args.chromedriver}: {str(error).splitlines()[0]}", file=sys.stderr)
        return 2
    driver.set_script_timeout(120)
    violations = []
    counts = {}
    try:
        # Each page is loaded and given axe once, then checked in every view: changing the emulated width
        # and colour scheme lays the page out again without reloading it.
        for folder, page in pages:
            driver.get(page.resolve().as_uri())
            driver.execute_script(source)
            name = f"{folder.name}/{page.relative_to(folder)}"
            for view, width, height, scheme in VIEWS:
                set_view(driver, width, height, scheme)
                result = driver.execute_async_script(
                    "const done = arguments[arguments.length - 1];"
                    f"axe.run(document, {run_options}).then(r => done(r.violations), e => done({{error: String(e)}}));")
                if isinstance(result, dict) and "error" in result:
                    violations.append((name, view, "axe-error", "critical", "", result["error"]))
                    result = []
                for rule in result:
                    for node in rule["nodes"]:
                        target = " ".join(str(t) for t in node.get("target", []))
                        summary = " ".join((node.get("failureSummary") or rule["help"]).split())
                        violations.append((name, view, rule["id"], rule.get("impact") or "", target, summary))
                counts[(name, view)] = sum(len(rule["nodes"]) for rule in result)
                if args.screenshots:
                    args.screenshots.mkdir(parents=True, exist_ok=True)
                    stem = name.replace("/", "_").removesuffix(".html")
                    screenshot(driver, args.screenshots / f"{stem}.{view}.png", width)
    finally:
        driver.quit()
    elapsed = time.monotonic() - started

    by_view = {view: 0 for view, *_ in VIEWS}
    for (name, view), count in counts.items():
        by_view[view] += count
    print(f"axe-core over {len(pages)} pages in {len(VIEWS)} views ({len(counts)} runs, {elapsed:.1f} s):")
    for view, count in by_view.items():
        print(f"  {view}: {count} violation(s)")
    if violations:
        print(f"\n{len(violations)} violation(s):")
        for name, view, rule, impact, target, summary in sorted(violations):
            print(f"  {name} [{view}] {rule} ({impact}) at {target}: {summary}")
        return 1
    print("no violations")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
