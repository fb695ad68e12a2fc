"""Fuzz the API against its own OpenAPI schema with schemathesis: no input makes a 500, and
every answer (problems included) has a status code, content type and body the schema declares."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from service_fixtures import ADMIN, MODERATOR, make_client

pytestmark = pytest.mark.slow

_client = make_client("memory", max_text_chars=200, max_batch=20)
_client.__enter__()  # the lifespan starts the micro-batcher; the module-level app lives for this module
app = _client.app
schema = schemathesis.openapi.from_asgi("/openapi.json", app)

# the rules endpoints write packs to disk and compile them; fuzzing them is slow and covered by their own tests
schema = schema.exclude(path_regex="^/v1/rules")

ALL_ROLES = {"Authorization": f"Bearer {ADMIN}"}


@pytest.fixture(scope="module", autouse=True)
def _shutdown():
    yield
    _client.__exit__(None, None, None)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_when_fuzzed_then_no_server_errors(case) -> None:
    # one key per route family: the ingest key for messages, the moderator key for the rest
    from service_fixtures import INGEST

    key = INGEST if case.path == "/v1/messages" else MODERATOR
    response = case.call(headers={"Authorization": f"Bearer {key}"})
    assert response.status_code < 500, (case.method, case.path, response.status_code)
    case.validate_response(
        response,
        checks=[not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance],
    )
