"""Drive a headless Chromium through the DevTools protocol over a pipe (`--remote-debugging-pipe`): no
WebDriver, no browser download, only the `chromium` of the system (Debian: `apt-get install chromium`).

Used by tests/test_browser.py and by `make report-screenshot`:

    python -m tests.browser data/out/report.html docs/report.png [--person NAME]
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")


def find_chromium() -> str | None:
    env = os.environ.get("CHROMIUM")
    if env and shutil.which(env):
        return shutil.which(env)
    return next((shutil.which(n) for n in CHROMIUM_NAMES if shutil.which(n)), None)


class BrowserError(RuntimeError):
    pass


class Browser:
    """One headless Chromium with one page; `evaluate` runs JavaScript in it, `click` is a real mouse click."""

    def __init__(self, width: int = 1400, height: int = 1000, timeout: float = 60.0):
        binary = find_chromium()
        if binary is None:
            raise BrowserError("chromium not found (apt-get install chromium)")
        self.timeout = timeout
        self._profile = tempfile.mkdtemp(prefix="meetgraph-chromium-")
        cmd_r, self._cmd_w = os.pipe()
        self._resp_r, resp_w = os.pipe()
        args = [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--remote-debugging-pipe",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--mute-audio",
            "--disable-dev-shm-usage",
            f"--user-data-dir={self._profile}",
            "about:blank",
        ]

        # The browser reads commands on fd 3 and writes replies on fd 4. Python opens its own descriptors
        # close-on-exec, so only these two (dup2 clears the flag) reach the browser.
        def child_fds() -> None:
            high_r, high_w = os.dup(cmd_r), os.dup(resp_w)  # never clobbered by the dup2 below
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self._proc = subprocess.Popen(
            args, preexec_fn=child_fds, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        os.close(cmd_r)
        os.close(resp_w)
        self._buffer = b""
        self._next_id = 0
        self.session = None
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
        self.console: list[str] = []

    # -- protocol --

    def _read_message(self, deadline: float) -> dict:
        import select

        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("chromium did not answer in time")
            ready, _, _ = select.select([self._resp_r], [], [], left)
            if ready:
                chunk = os.read(self._resp_r, 1 << 20)
                if not chunk:
                    raise BrowserError("chromium closed the DevTools pipe")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method: str, params: dict | None = None, session: bool = True) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._cmd_w, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("method") == "Runtime.exceptionThrown":
                details = reply["params"]["exceptionDetails"]
                self.console.append(str(details.get("exception", {}).get("description") or details.get("text")))
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})

    # -- page --

    def open(self, url: str, ready: str = "document.readyState === 'complete'", timeout: float = 60.0) -> None:
        self.send("Page.navigate", {"url": url})
        self.wait_for(ready, timeout)

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise BrowserError(
                f"JavaScript error in {expression[:80]!r}: {result['exceptionDetails'].get('text')} "
                f"{result['exceptionDetails'].get('exception', {}).get('description', '')}"
            )
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 30.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(f"(() => {{ try {{ return {expression}; }} catch (e) {{ return null; }} }})()")
            if value:
                return value
            time.sleep(0.1)
        raise BrowserError(f"timed out waiting for {expression}")

    def click(self, x: float, y: float) -> None:
        """A real left click at viewport coordinates: move there, press, release."""
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})
        time.sleep(0.3)
        for kind in ("mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                {
                    "type": kind,
                    "x": x,
                    "y": y,
                    "button": "left",
                    "buttons": 1 if kind == "mousePressed" else 0,
                    "clickCount": 1,
                },
            )
        time.sleep(0.3)

    def screenshot(self, path: Path | str, full_page: bool = False) -> Path:
        params = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", params)["data"]
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        try:
            self.send("Browser.close", session=False)
        except (BrowserError, OSError):
            pass
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        for fd in (self._cmd_w, self._resp_r):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


EXPLORER_READY = "document.body && document.body.dataset.explorer === 'ready'"


def explorer_screenshot(
    report: Path, shot: Path, person: str | None = None, width: int = 1500, height: int = 1150, overview: bool = False
) -> Path:
    """Open the report, scroll to the explorer, click `person` (default: the person with most meetings) so
    the panel lists their meetings, and save a PNG of the view (`overview`: click nobody)."""
    with Browser(width=width, height=height) as browser:
        browser.open(Path(report).resolve().as_uri(), EXPLORER_READY, timeout=120)
        if person is None and not overview:
            person = browser.evaluate(_MOST_MET_JS)
        if person:
            browser.evaluate("document.getElementById('mg-explorer').scrollIntoView()")
            time.sleep(0.5)
            point = browser.evaluate(f"meetgraphExplorer.screenPosition({json.dumps(person)})")
            if point:
                browser.click(point["x"], point["y"])
        browser.evaluate("document.getElementById('mg-explorer').scrollIntoView()")
        time.sleep(0.8)
        return browser.screenshot(shot)


_MOST_MET_JS = """(() => {
  const d = meetgraphExplorer.data, n = new Map();
  for (const m of d.meetings) if (m.people.length > 1) for (const p of m.people) n.set(p, (n.get(p) || 0) + 1);
  let best = null; for (const [p, c] of n) if (best === null || c > n.get(best)) best = p;
  return best === null ? null : d.persons[best].name; })()"""


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Screenshot the explorer of a meetgraph report.html")
    parser.add_argument("report", type=Path)
    parser.add_argument("shot", type=Path)
    parser.add_argument("--person", default=None, help="person to click (default: the one with most meetings)")
    parser.add_argument("--width", type=int, default=1500)
    parser.add_argument("--height", type=int, default=1150)
    parser.add_argument("--overview", action="store_true", help="click nobody")
    args = parser.parse_args(argv)
    path = explorer_screenshot(args.report, args.shot, args.person, args.width, args.height, args.overview)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
