"""Checks a JSON value against a schema of the discovery documents bundled with
google-api-python-client: the sandbox must answer exactly what Google's client expects."""

from __future__ import annotations

import base64
import json
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any


@cache
def discovery(api: str) -> dict[str, Any]:
    """`api` is e.g. "calendar.v3" or "gmail.v1"."""
    root = resources.files("googleapiclient") / "discovery_cache" / "documents"
    return json.loads((root / f"{api}.json").read_text(encoding="utf-8"))


def response_schema(api: str, method: str) -> str:
    """The response schema name of a method such as "events.list" or "users.drafts.create"."""
    node: dict[str, Any] = discovery(api)
    *resource_path, name = method.split(".")
    for part in resource_path:
        node = node["resources"][part]
    return str(node["methods"][name]["response"]["$ref"])


def validate(api: str, schema: str | dict[str, Any], value: Any, where: str = "$") -> list[str]:
    """Problems found (empty when `value` conforms). Unknown properties are problems too."""
    doc = discovery(api)
    if isinstance(schema, str):
        schema = {"$ref": schema}
    if "$ref" in schema:
        schema = doc["schemas"][schema["$ref"]]
    kind = schema.get("type", "any")
    problems: list[str] = []
    if kind == "object":
        if not isinstance(value, dict):
            return [f"{where}: expected object, got {type(value).__name__}"]
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            if key in properties:
                problems += validate(api, properties[key], item, f"{where}.{key}")
            elif extra is not None:
                problems += validate(api, extra, item, f"{where}.{key}")
            else:
                problems.append(f"{where}.{key}: not in the discovery schema")
    elif kind == "array":
        if not isinstance(value, list):
            return [f"{where}: expected array, got {type(value).__name__}"]
        for index, item in enumerate(value):
            problems += validate(api, schema["items"], item, f"{where}[{index}]")
    elif kind == "string":
        problems += _check_string(schema.get("format"), value, where)
    elif kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            problems.append(f"{where}: expected integer, got {value!r}")
    elif kind == "number":
        if not isinstance(value, int | float) or isinstance(value, bool):
            problems.append(f"{where}: expected number, got {value!r}")
    elif kind == "boolean" and not isinstance(value, bool):
        problems.append(f"{where}: expected boolean, got {value!r}")
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not one of {schema['enum']}")
    return problems


def _check_string(fmt: str | None, value: Any, where: str) -> list[str]:
    if not isinstance(value, str):
        return [f"{where}: expected string ({fmt or 'plain'}), got {value!r}"]
    try:
        if fmt in ("int64", "uint64"):
            int(value)
        elif fmt == "date-time":
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        elif fmt == "date":
            datetime.strptime(value, "%Y-%m-%d")
        elif fmt == "byte":
            base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except ValueError:
        return [f"{where}: {value!r} is not a valid {fmt}"]
    return []


def assert_conforms(api: str, method: str, value: Any) -> None:
    problems = validate(api, response_schema(api, method), value)
    assert not problems, f"{api} {method} response breaks the contract:\n" + "\n".join(problems)
