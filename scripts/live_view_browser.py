#!/usr/bin/env python3
"""Drives Debian's chromium, headless, over the DevTools protocol on a pipe (--remote-debugging-pipe:
no port, no websocket library) to check procsh's live page (`view`) in a real browser:

  1. the page at URL loads and shows TEXT_BEFORE, and its script has applied the first event;
  2. COMMAND (a shell command: it types a procsh command into the shell) runs;
  3. within 10 s the same page, not reloaded, shows TEXT_AFTER: the server-sent event arrived,
     the script fetched the page again and put it in place (data-updates counts that);
  4. no console error, uncaught exception or failed load was logged;
  5. a screenshot is written to SCREENSHOT.

usage: live_view_browser.py URL TEXT_BEFORE COMMAND TEXT_AFTER SCREENSHOT
Exit 0 when all holds, 1 with the reason otherwise."""
import base64
import json
import os
import subprocess
import sys
import time

URL, BEFORE, COMMAND, AFTER, SCREENSHOT = sys.argv[1:6]


class Browser:
    def __init__(self):
        # The pipe is the browser's fds 3 (commands in) and 4 (replies out).
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()
        os.set_inheritable(to_browser_r, True)
        os.set_inheritable(from_browser_w, True)

        def child_fds():
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-extensions", "--remote-debugging-pipe", "--window-size=1400,1000",
             "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=child_fds, close_fds=False)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.session = None
        self.problems = []

    def send(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        return self.reply(self.next_id)

    def read_message(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise SystemExit("chromium closed the pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        message = json.loads(raw)
        self.note(message)
        return message

    def reply(self, wanted):
        while True:
            message = self.read_message()
            if message.get("id") == wanted:
                if "error" in message:
                    raise SystemExit(f"DevTools error: {message['error']}")
                return message.get("result", {})

    def note(self, message):
        """Keeps every console error, uncaught exception and failed load."""
        method, params = message.get("method"), message.get("params", {})
        if method == "Runtime.exceptionThrown":
            self.problems.append("exception: " + json.dumps(params.get("exceptionDetails", {}))[:300])
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.problems.append("console." + params["type"] + ": " + json.dumps(params.get("args"))[:300])
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            self.problems.append("log: " + params["entry"].get("text", "")[:300])

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return result.get("result", {}).get("value")

    def wait_for(self, expression, seconds):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.evaluate(expression):
                return True
            time.sleep(0.1)
        return False


def main():
    browser = Browser()
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"}, session=False)
        attached = browser.send(
            "Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}, session=False)
        browser.session = attached["sessionId"]
        for domain in ("Runtime", "Log", "Page"):
            browser.send(domain + ".enable")
        browser.send("Page.navigate", {"url": URL})
        updates = "Number(document.documentElement.getAttribute('data-updates') || 0)"
        shows = "document.body && document.body.innerText.indexOf(%s) >= 0"
        if not browser.wait_for(shows % json.dumps(BEFORE), 10):
            raise SystemExit(f"the page does not show {BEFORE!r}")
        # The event sent on connecting has been applied: the stream works.
        if not browser.wait_for(updates + " >= 1", 10):
            raise SystemExit("no server-sent event reached the page")
        first = browser.evaluate(updates)
        navigations = browser.evaluate("performance.getEntriesByType('navigation').length")
        subprocess.run(COMMAND, shell=True, check=True)
        if not browser.wait_for(shows % json.dumps(AFTER), 10):
            raise SystemExit(f"the page did not follow the shell: no {AFTER!r} after {COMMAND!r}")
        after = browser.evaluate(updates)
        if not after > first:
            raise SystemExit(f"the new picture did not come through an event ({first} → {after})")
        if browser.evaluate("performance.getEntriesByType('navigation').length") != navigations:
            raise SystemExit("the page was reloaded instead of updated")
        shot = browser.send("Page.captureScreenshot", {"format": "png"})
        with open(SCREENSHOT, "wb") as file:
            file.write(base64.b64decode(shot["data"]))
        # Let late console messages arrive before judging.
        browser.evaluate("1")
        if browser.problems:
            raise SystemExit("console errors:\n  " + "\n  ".join(browser.problems))
        print(f"the page showed {BEFORE!r}, then {AFTER!r} by server-sent events "
              f"(updates {first} → {after}), no console errors; screenshot {SCREENSHOT}")
    finally:
        browser.process.kill()
        browser.process.wait()


if __name__ == "__main__":
    main()
