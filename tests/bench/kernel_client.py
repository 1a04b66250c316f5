"""A light Voilà client: what a browser's page does over the wire, without a browser.

It renders a Voilà page over HTTP (the server executes the notebook while it streams the
HTML), reads the kernel id from the page's config, opens the kernel's websocket and asks
for the widget states the way ipywidgets' frontend does (a ``jupyter.widget.control`` comm,
``request_states``). Then it can set widget values and click buttons with the same comm
messages a page sends, and time how long the kernel takes to answer.

Benchmarks use it so that N learners cost the server what N browsers would, while the
client itself stays cheap (no layout, no JavaScript) on a machine with two cores.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import requests
import websockets

from infoint.ui.turns import READY_TARGET

# The framing JupyterLab's and Voila's pages use (binary frames with offsets); the legacy
# JSON framing lost widget states carrying buffers (images) in our runs.
SUBPROTOCOL = "v1.kernel.websocket.jupyter.org"
WIDGET_PROTOCOL = "2.1.0"  # ipywidgets 8's model messages
CONTROL_PROTOCOL = "1.0.0"  # its jupyter.widget.control comm
CONFIG_RE = re.compile(
    r'<script id="jupyter-config-data" type="application/json">\s*(\{.*?\})\s*</script>', re.S
)


@dataclass
class Rendered:
    kernel_id: str
    base_url: str  # the server's base path, e.g. /user/alice/
    html_seconds: float  # request sent -> last byte of the page (every cell executed)
    html: str


def render(session: requests.Session, url: str, timeout: float = 180.0) -> Rendered:
    """GET a Voilà page to its end, as a browser would; the kernel then holds the app."""
    started = time.perf_counter()
    chunks: list[str] = []
    with session.get(url, stream=True, timeout=timeout) as resp:
        resp.raise_for_status()
        for chunk in resp.iter_content(chunk_size=65536, decode_unicode=True):
            chunks.append(chunk)
            # Voila sends a heartbeat while a cell runs, so a read never times out:
            # bound the whole page instead.
            if time.perf_counter() - started > timeout:
                raise TimeoutError(f"{url} still rendering after {timeout:.0f} s")
    html = "".join(chunks)
    elapsed = time.perf_counter() - started
    match = CONFIG_RE.search(html)
    if match is None:
        raise RuntimeError(f"no kernel config in the page from {url}")
    config = json.loads(match.group(1))
    return Rendered(config["kernelId"], config.get("baseUrl", "/"), elapsed, html)


def _header(msg_type: str, session: str) -> dict[str, Any]:
    return {"msg_id": uuid.uuid4().hex, "username": "bench", "session": session,
            "msg_type": msg_type, "version": "5.3",
            "date": datetime.now(UTC).isoformat()}


@dataclass
class Model:
    model_id: str
    name: str
    state: dict[str, Any]

    @property
    def classes(self) -> list[str]:
        return list(self.state.get("_dom_classes", []))


@dataclass
class KernelPage:
    """One open page's kernel connection and the widget models it knows."""

    ws: Any
    session: str = field(default_factory=lambda: uuid.uuid4().hex)
    models: dict[str, Model] = field(default_factory=dict)
    _idle: dict[str, asyncio.Future] = field(default_factory=dict)
    _states: asyncio.Future | None = None
    _reader: asyncio.Task | None = None

    @classmethod
    async def connect(cls, http_url: str, rendered: Rendered,
                      cookies: dict[str, str] | None = None) -> KernelPage:
        """Open the kernel websocket the page would open (cookies: the learner's login)."""
        ws_base = http_url.replace("http://", "ws://", 1).rstrip("/")
        url = f"{ws_base}{rendered.base_url.rstrip('/')}/api/kernels/{rendered.kernel_id}" \
              f"/channels?session_id={uuid.uuid4().hex}"
        headers = {}
        if cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
            xsrf = cookies.get("_xsrf")
            if xsrf:
                headers["X-XSRFToken"] = xsrf
                url += f"&_xsrf={xsrf}"
        # No keepalive pings: a benchmark blocks its loop at times (rendering a page).
        ws = await websockets.connect(url, additional_headers=headers, max_size=2**28,
                                      ping_interval=None, subprotocols=[SUBPROTOCOL],
                                      origin=http_url.rstrip("/"))
        page = cls(ws)
        page._reader = asyncio.create_task(page._read())
        return page

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
        await self.ws.close()

    # -- sending -------------------------------------------------------------------------------

    async def _send(self, msg_type: str, content: dict[str, Any],
                    version: str = WIDGET_PROTOCOL) -> str:
        header = _header(msg_type, self.session)
        self._idle[header["msg_id"]] = asyncio.get_running_loop().create_future()
        metadata = {"version": version}  # ipywidgets refuses messages without it
        await self.ws.send(_encode("shell", [header, {}, metadata, content]))
        return header["msg_id"]

    async def _until_idle(self, msg_id: str, timeout: float) -> None:
        await asyncio.wait_for(self._idle[msg_id], timeout)
        del self._idle[msg_id]

    async def load_widgets(self, timeout: float = 120.0) -> float:
        """Ask for every widget's state, as ipywidgets' frontend does; seconds it took."""
        started = time.perf_counter()
        self._states = asyncio.get_running_loop().create_future()
        comm_id = uuid.uuid4().hex
        opened = await self._send("comm_open", {"comm_id": comm_id, "target_name":
                                                "jupyter.widget.control", "data": {}},
                                  version=CONTROL_PROTOCOL)
        # ipykernel 7 may run a comm_msg before the comm_open sent just ahead of it.
        await self._until_idle(opened, timeout)
        msg_id = await self._send("comm_msg", {"comm_id": comm_id,
                                               "data": {"method": "request_states"}},
                                  version=CONTROL_PROTOCOL)
        await asyncio.wait_for(self._states, timeout)
        await self._until_idle(msg_id, timeout)
        took = time.perf_counter() - started
        # What the infoint template's page script does once its apps have a size: tell
        # the kernel the widgets are live, so it builds the parts it keeps for after the
        # paint (cards below the first screen, charts).
        ready = await self._send("comm_open", {"comm_id": uuid.uuid4().hex,
                                               "target_name": READY_TARGET, "data": {}},
                                 version=CONTROL_PROTOCOL)
        await self._until_idle(ready, timeout)
        return took

    async def set_value(self, model: Model, timeout: float = 60.0, **state: Any) -> float:
        started = time.perf_counter()
        model.state.update(state)
        msg_id = await self._send("comm_msg", {"comm_id": model.model_id, "data": {
            "method": "update", "state": state, "buffer_paths": []}})
        await self._until_idle(msg_id, timeout)
        return time.perf_counter() - started

    async def click(self, model: Model, timeout: float = 60.0) -> float:
        """Click a button; seconds until the kernel is idle again (every update sent)."""
        started = time.perf_counter()
        msg_id = await self._send("comm_msg", {"comm_id": model.model_id, "data": {
            "method": "custom", "content": {"event": "click"}}})
        await self._until_idle(msg_id, timeout)
        return time.perf_counter() - started

    # -- finding widgets -------------------------------------------------------------------

    def find(self, css: str, kind: str = "") -> Model:
        """The newest widget with CSS class ``css`` (and model name ``kind``, if given)."""
        found = [m for m in self.models.values()
                 if css in m.classes and (not kind or m.name == kind)]
        if not found:
            raise LookupError(f"no widget with class {css!r}")
        return found[-1]

    def problems(self, limit: int = 300) -> str:
        """What the page says went wrong (error notices, a step that could not open), so
        that a failed lookup in a benchmark reports the page's own words."""
        said = []
        for m in self.models.values():
            value = str(m.state.get("value", ""))
            if m.name == "HTMLModel" and ("ii-error" in value or "nothing was changed" in value
                                          or "could not" in value):
                said.append(re.sub(r"<[^>]+>", "", value).strip())
        return (" | ".join(said)[:limit] or "no error shown") + f" ({len(self.models)} widgets)"

    async def wait_for(self, css: str, kind: str = "", timeout: float = 60.0) -> Model:
        """:meth:`find`, once the kernel has made the widget: a step builds some parts in
        later turns of its loop (after the page is live, or after a click's reply)."""
        deadline = time.perf_counter() + timeout
        while True:
            try:
                return self.find(css, kind)
            except LookupError:
                if time.perf_counter() > deadline:
                    raise
            await asyncio.sleep(0.05)

    def has(self, css: str) -> bool:
        return any(css in m.classes for m in self.models.values())

    def text(self, css: str) -> str:
        return str(self.find(css).state.get("value", ""))

    # -- receiving ---------------------------------------------------------------------------

    async def _read(self) -> None:
        with contextlib.suppress(websockets.ConnectionClosed):
            await self._read_all()

    async def _read_all(self) -> None:
        async for raw in self.ws:
            msg = _decode(raw)
            kind = msg.get("msg_type") or msg.get("header", {}).get("msg_type")
            content = msg.get("content", {})
            parent = msg.get("parent_header", {}).get("msg_id", "")
            if kind == "status" and content.get("execution_state") == "idle":
                future = self._idle.get(parent)
                if future is not None and not future.done():
                    future.set_result(None)
            elif kind == "comm_open":
                data = content.get("data", {})
                state = data.get("state", {})
                self.models[content["comm_id"]] = Model(content["comm_id"],
                                                        state.get("_model_name", ""), state)
            elif kind == "comm_msg":
                data = content.get("data", {})
                if data.get("method") == "update_states":
                    for mid, entry in data.get("states", {}).items():
                        state = entry.get("state", {})
                        self.models[mid] = Model(mid, entry.get("model_name", ""), state)
                    if self._states is not None and not self._states.done():
                        self._states.set_result(None)
                elif data.get("method") in {"update", "echo_update"}:
                    model = self.models.get(content.get("comm_id", ""))
                    if model is not None:
                        model.state.update(data.get("state", {}))


def _encode(channel: str, parts: list[dict[str, Any]]) -> bytes:
    """A message in the v1 websocket framing: part count, offsets, channel, JSON parts."""
    chunks = [channel.encode("utf-8"), *(json.dumps(p).encode("utf-8") for p in parts)]
    offsets = [8 * (1 + len(chunks) + 1)]
    for chunk in chunks:
        offsets.append(offsets[-1] + len(chunk))
    head = len(offsets).to_bytes(8, "little") + b"".join(o.to_bytes(8, "little")
                                                        for o in offsets)
    return head + b"".join(chunks)


def _decode(raw: str | bytes) -> dict[str, Any]:
    """A kernel message from a v1 frame (buffers, e.g. images, are dropped)."""
    if isinstance(raw, str):  # a server that fell back to the legacy JSON framing
        return json.loads(raw)
    count = int.from_bytes(raw[:8], "little")
    offsets = [int.from_bytes(raw[8 * (i + 1):8 * (i + 2)], "little") for i in range(count)]
    parts = [raw[offsets[i]:offsets[i + 1]] for i in range(count - 1)]
    header, parent, metadata, content = (json.loads(p) for p in parts[1:5])
    return {"channel": parts[0].decode("utf-8"), "header": header, "parent_header": parent,
            "metadata": metadata, "content": content, "msg_type": header.get("msg_type")}
