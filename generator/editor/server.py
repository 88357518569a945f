"""The editor's mode over HTTP, on the loopback interface only.

Pages of the private build are served as they are, with the editor's layer
added to article pages on the way out. Writes go to one endpoint and need the
run's secret token in a header: a page of another site cannot read the token
(the same-origin policy) nor send the header without a preflight this server
never grants. The Host header must name the loopback address, so a DNS name
pointed at 127.0.0.1 (DNS rebinding) is refused too.
"""

from __future__ import annotations

import hmac
import html
import json
import mimetypes
import posixpath
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ..plugin.exports import script_json
from .session import ReviewSession, article_of
from .store import ReviewConflictError, ReviewRejectedError

ASSETS = Path(__file__).parent / "assets"
API = "/_explainer/"
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
#: The largest save a page sends (a review file is small; this is generous).
MAX_BODY = 1_000_000


class ReviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, session: ReviewSession, host: str, port: int) -> None:
        if host not in LOOPBACK:
            raise ValueError(f"the editor's mode listens on the loopback interface only, not {host}")
        self.session = session
        super().__init__((host.strip("[]"), port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else host
        return f"http://{name}:{port}/"


class _Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: the terminal is for the build's warnings

    # -- reading ---------------------------------------------------------------------

    def do_GET(self) -> None:
        if not self._host_ok():
            return
        path = unquote(urlsplit(self.path).path)
        if path.startswith(API):
            name = path[len(API) :]
            if name in ("review.js", "review.css"):
                self._send(HTTPStatus.OK, (ASSETS / name).read_bytes(), _type(name))
            elif name in ("queue", "queue/"):
                self._send(HTTPStatus.OK, self._queue().encode("utf-8"), "text/html; charset=utf-8")
            else:
                self._error(HTTPStatus.NOT_FOUND, "no such thing")
            return
        file = self._file(path)
        if file is None:
            self._error(HTTPStatus.NOT_FOUND, "not found")
            return
        content = file.read_bytes()
        article = article_of(self.server.session.pages, path)
        if article is not None and file.suffix == ".html":
            try:
                content = self._with_editor(content.decode("utf-8"), article).encode("utf-8")
            except (ValueError, OSError) as exc:  # the article cannot be read now: show the page without the layer
                sys.stderr.write(f"explainer review: the editor's layer was left out of {path}: {exc}\n")
        self._send(HTTPStatus.OK, content, _type(file.name))

    def _file(self, path: str) -> Path | None:
        """The built file for a URL path; nothing outside the private site."""
        site = self.server.session.site.resolve()
        relative = posixpath.normpath(path).lstrip("/")
        if relative.startswith(".."):
            return None
        target = (site / relative).resolve()
        if not target.is_relative_to(site):
            return None
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def _with_editor(self, page: str, article: str) -> str:
        data = script_json(self.server.session.page_data(article))
        layer = (
            f'<script id="explainer-review-data" type="application/json">{data}</script>\n'
            f'<link rel="stylesheet" href="{API}review.css">\n'
            f'<script src="{API}review.js" defer></script>\n'
        )
        at = page.rfind("</body>")
        return page[:at] + layer + page[at:] if at >= 0 else page + layer

    def _queue(self) -> str:
        rows = "".join(
            f'<tr><td><a href="/{html.escape(r["url"])}">{html.escape(r["article"])}</a></td>'
            f"<td>{r['waiting']}</td><td>{r['marks']}</td></tr>"
            for r in self.server.session.queue()
        )
        return (
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>Review queue</title><link rel="stylesheet" href="{API}review.css"></head>'
            '<body class="xp-queue"><main><h1>Review queue</h1>'
            "<p>Articles with the most marks no editor has looked at first.</p>"
            '<table><thead><tr><th scope="col">Article</th><th scope="col">Marks to review</th>'
            f'<th scope="col">Marks</th></tr></thead><tbody>{rows}</tbody></table></main></body></html>'
        )

    # -- writing ---------------------------------------------------------------------

    def do_POST(self) -> None:
        if not self._host_ok():
            return
        if urlsplit(self.path).path != API + "save":
            self._error(HTTPStatus.NOT_FOUND, "no such thing")
            return
        token = self.headers.get("X-Explainer-Token", "")
        if not hmac.compare_digest(token.encode(), self.server.session.token.encode()):
            self._error(HTTPStatus.FORBIDDEN, "missing or wrong token: reload the page from the editor's mode")
            return
        origin = self.headers.get("Origin")
        if origin is not None and origin.rstrip("/") != f"http://{self.headers.get('Host', '')}":
            self._error(HTTPStatus.FORBIDDEN, "a save must come from the editor's own pages")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if not 0 < length <= MAX_BODY or not self.headers.get("Content-Type", "").startswith("application/json"):
            self._error(HTTPStatus.BAD_REQUEST, "send the changes as JSON")
            return
        try:
            payload = json.loads(self.rfile.read(length))
            if not isinstance(payload, dict):
                raise ValueError("send a JSON object")
            digest = self.server.session.save(payload)
        except ReviewConflictError as exc:
            self._error(HTTPStatus.CONFLICT, str(exc))
        except ReviewRejectedError as exc:
            self._json(HTTPStatus.UNPROCESSABLE_ENTITY, {"error": str(exc), "problems": [str(p) for p in exc.problems]})
        except (ValueError, UnicodeDecodeError) as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
        else:
            self._json(HTTPStatus.OK, {"ok": True, "base": digest})

    # -- plumbing --------------------------------------------------------------------

    def _host_ok(self) -> bool:
        host = self.headers.get("Host", "")
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if name not in LOOPBACK:
            self._error(HTTPStatus.FORBIDDEN, "the editor's mode answers to its loopback address only")
            return False
        return True

    def _send(self, status: HTTPStatus, content: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(content)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(content)

    def _json(self, status: HTTPStatus, data: dict[str, Any]) -> None:
        self._send(status, json.dumps(data).encode("utf-8"), "application/json")

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._json(status, {"error": message})


def _type(name: str) -> str:
    kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return f"{kind}; charset=utf-8" if kind.startswith("text/") or kind.endswith("javascript") else kind
