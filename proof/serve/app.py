"""The ASGI app: LanguageTool's `/v2/check` and `/v2/languages` on Starlette.

Every bad request gets a 4xx with a plain-text message starting "Error:", as LanguageTool
answers; the body is read up to a limit (413 beyond it) and a check that runs past the
time limit is answered 503, its thread left to finish on its own.
"""

from __future__ import annotations

import contextlib
import os
import urllib.parse
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import anyio
from starlette.applications import Starlette
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from proof.readers.plain import read_plain
from proof.serve.annotated import Annotated, AnnotationError, parse_annotated
from proof.serve.engine import ServeEngine, build_engine
from proof.serve.matches import check_answer, languages
from proof.serve.selection import Selection, listed

#: Language codes a client may send (case aside), and the setting each means to proof.
LANGUAGE_CODES = {"auto": "auto", "en": "auto", "en-gb": "en-GB", "en-us": "en-US"}
LEVELS = ("default", "picky")
DEFAULT_MAX_BODY = 1_000_000
DEFAULT_TIME_LIMIT = 60.0


@dataclass(frozen=True)
class Limits:
    #: Bytes of request body read; a larger body is answered 413.
    max_body: int = DEFAULT_MAX_BODY
    #: Seconds one check may take; a slower one is answered 503.
    time_limit: float = DEFAULT_TIME_LIMIT


class BadRequest(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BadRequest(f"Error: the request is larger than this server's limit of {limit} bytes", 413)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BadRequest(f"Error: the request is larger than this server's limit of {limit} bytes", 413)
        chunks.append(chunk)
    return b"".join(chunks)


def _query(raw: bytes | str) -> dict[str, str]:
    """A form-encoded body or query string; strict UTF-8, as LanguageTool's clients send."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        return dict(urllib.parse.parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict"))
    except UnicodeDecodeError:
        raise BadRequest("Error: the request is not valid UTF-8") from None


async def _multipart(request: Request, body: bytes) -> dict[str, str]:
    async def replay() -> dict:
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        form: FormData = await Request(request.scope, replay).form()
    except HTTPException as exc:  # Starlette's answer to a body python-multipart cannot parse
        raise BadRequest(f"Error: the multipart body cannot be read ({exc.detail})") from None
    return {key: value for key, value in form.items() if isinstance(value, str)}


async def parameters(request: Request, limit: int) -> dict[str, str]:
    """The request's parameters: the query string, then the form body over it."""
    found = _query(request.scope.get("query_string", b""))
    if request.method == "POST":
        body = await _body(request, limit)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "multipart/form-data":
            found.update(await _multipart(request, body))
        elif kind in ("", "application/x-www-form-urlencoded", "text/plain"):
            found.update(_query(body))
        else:
            raise BadRequest(
                f"Error: the body must be application/x-www-form-urlencoded or multipart/form-data, not {kind}", 415
            )
    return found


@dataclass(frozen=True)
class CheckRequest:
    text: str
    language: str
    requested: str
    selection: Selection
    #: The AnnotatedText sent as `data` instead of `text`.
    annotated: Annotated | None = None


def read_request(params: dict[str, str]) -> CheckRequest:
    text, data = params.get("text"), params.get("data")
    if text is None and data is None:
        raise BadRequest("Error: Missing 'text' or 'data' parameter")
    if text is not None and data is not None:
        raise BadRequest("Error: Set only 'text' or 'data', not both")
    requested = params.get("language")
    if not requested:
        raise BadRequest("Error: Missing 'language' parameter, e.g. 'language=en-GB' for British English")
    language = LANGUAGE_CODES.get(requested.lower())
    if language is None:
        raise BadRequest(
            f"Error: '{requested}' is not a language code this server knows. Supported language "
            f"codes are: auto, en, en-GB, en-US"
        )
    level = params.get("level", "default")
    if level not in LEVELS:
        raise BadRequest(f"Error: 'level' must be one of {', '.join(LEVELS)}, not '{level}'")
    enabled_only = params.get("enabledOnly", "false").lower()
    if enabled_only not in ("true", "false"):
        raise BadRequest(f"Error: 'enabledOnly' must be true or false, not '{enabled_only}'")
    selection = Selection(
        listed(params.get("enabledRules")),
        listed(params.get("disabledRules")),
        listed(params.get("enabledCategories")),
        listed(params.get("disabledCategories")),
        enabled_only == "true",
    )
    if selection.enabled_only and not (selection.enabled_rules or selection.enabled_categories):
        raise BadRequest("Error: enabledOnly=true needs 'enabledRules' or 'enabledCategories'")
    try:
        annotated = parse_annotated(data) if data is not None else None
    except AnnotationError as exc:
        raise BadRequest(str(exc)) from None
    return CheckRequest(text or "", language, requested, selection, annotated)


def answer(engine: ServeEngine, request: CheckRequest) -> dict:
    """The `/v2/check` answer to a valid request (run in a worker thread)."""
    annotated = request.annotated
    if annotated is not None:
        plain, original, to_original = annotated.plain, annotated.original, annotated.offsets.span
    else:
        plain = original = request.text
        to_original = _same
    checked = engine.check(read_plain(plain, "<request>"), request.language, request.selection)
    return check_answer(checked.flags, plain, original, to_original, checked.language, request.language)


def _same(start: int, end: int) -> tuple[int, int]:
    return start, end


def create_app(
    make_engine: Callable[[], ServeEngine], limits: Limits = Limits(), allow_origins: tuple[str, ...] = ()
) -> Starlette:
    """The app; `make_engine` runs once, at start (in each worker process). Web pages from
    `allow_origins` ("*": any) may call it from their scripts (CORS), as LanguageTool's
    `--allow-origin` allows."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.engine = await anyio.to_thread.run_sync(make_engine)
        try:
            yield
        finally:
            app.state.engine.close()

    async def check(request: Request) -> Response:
        try:
            wanted = read_request(await parameters(request, limits.max_body))
        except BadRequest as exc:
            return PlainTextResponse(str(exc), exc.status)
        with anyio.move_on_after(limits.time_limit):
            result = await anyio.to_thread.run_sync(answer, request.app.state.engine, wanted, abandon_on_cancel=True)
            return JSONResponse(result)
        return PlainTextResponse(
            f"Error: checking took longer than {limits.time_limit:g} seconds, this server's limit", 503
        )

    async def list_languages(request: Request) -> Response:
        return JSONResponse(languages())

    async def healthcheck(request: Request) -> Response:
        return PlainTextResponse("OK")

    routes = [
        Route("/v2/check", check, methods=["GET", "POST"]),
        Route("/v2/languages", list_languages, methods=["GET"]),
        Route("/v2/healthcheck", healthcheck, methods=["GET"]),
    ]
    middleware = (
        [
            Middleware(
                CORSMiddleware, allow_origins=list(allow_origins), allow_methods=["GET", "POST"], allow_headers=["*"]
            )
        ]
        if allow_origins
        else []
    )
    return Starlette(
        routes=routes, lifespan=lifespan, middleware=middleware, exception_handlers={HTTPException: _http_error}
    )


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own refusals (an unknown path, a wrong method) in the server's one-line form."""
    if not isinstance(exc, HTTPException):  # registered for HTTPException only
        raise exc
    reason = exc.detail.lower()  # Starlette's reasons are phrases: "Method Not Allowed"
    return PlainTextResponse(f"Error: {reason} ({request.method} {request.url.path})", exc.status_code, exc.headers)


#: Environment variables that carry `proof serve`'s options to uvicorn's worker processes.
ENVIRONMENT = {
    "config": "PROOF_SERVE_CONFIG",
    "languagetool_url": "PROOF_SERVE_LANGUAGETOOL_URL",
    "grammar": "PROOF_SERVE_GRAMMAR",
    "max_body": "PROOF_SERVE_MAX_BODY",
    "time_limit": "PROOF_SERVE_TIME_LIMIT",
    "allow_origin": "PROOF_SERVE_ALLOW_ORIGIN",
}


def app_from_environment() -> Starlette:
    """The app of a uvicorn worker, its settings from `ENVIRONMENT` (uvicorn's factory)."""
    env = {name: os.environ.get(variable) for name, variable in ENVIRONMENT.items()}
    limits = Limits(int(env["max_body"] or DEFAULT_MAX_BODY), float(env["time_limit"] or DEFAULT_TIME_LIMIT))
    origins = tuple(origin for origin in (env["allow_origin"] or "").split(",") if origin)
    return create_app(
        lambda: build_engine(env["config"] or None, env["languagetool_url"] or None, env["grammar"] != "0"),
        limits,
        origins,
    )
