"""The extension's files, without a browser: the manifest's promises and the rules every
file keeps (type-checked JavaScript, no HTML parsing of data, no remote code)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from followup.config import EXTENSION_ID

EXTENSION = Path(__file__).resolve().parents[2] / "extension"
KEY = (
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArCa2bqiSsc+pgWtJ0cfbPQhhpgYWcX1XC2mRal1sKw9HY/X"
    "pU04EMWGEZxQ9rFDxAyF5bdsmM87jsCjnzvTUKmxK4dDQmh1e8QxTUKLXPjhrMPPjIYDNczNZudx9DTB0ED75S28v4I"
    "9vilYcbiNevGb2hQ8CuwMPNxSsou2xL85DVZ15HoKSVJYow0Wo3v2OGcTyRBGwDbWTbS2QZtc+VXDiukzwzJPytSfPhV"
    "+LF/TvzxRp/t3em0yxbqEtLxGw1Vu+UUgtKK6TJdfw2LbamcuBcEDObQzb4ztwlcJFbh9dA09I6wvd90MLVYJU5nLpX1"
    "Xppq5dKY+0+EUpv464tQIDAQAB"
)


def manifest() -> dict[str, object]:
    data: dict[str, object] = json.loads((EXTENSION / "manifest.json").read_text())
    return data


def sources() -> list[Path]:
    return sorted(p for p in EXTENSION.rglob("*") if p.suffix in {".js", ".html"})


def test_the_key_pins_the_id_the_server_allows() -> None:
    import base64
    import hashlib

    data = manifest()
    assert data["key"] == KEY
    digest = hashlib.sha256(base64.b64decode(KEY)).hexdigest()[:32]
    assert "".join(chr(ord("a") + int(c, 16)) for c in digest) == EXTENSION_ID


def test_least_privilege() -> None:
    data = manifest()
    assert data["manifest_version"] == 3
    assert data["host_permissions"] == [
        "http://127.0.0.1/*",
        "http://localhost/*",
        "https://mail.google.com/*",
    ]
    assert data["permissions"] == ["storage", "alarms", "notifications"]
    scripts = data["content_scripts"]
    assert isinstance(scripts, list) and [s["matches"] for s in scripts] == [
        ["https://mail.google.com/*"]
    ]
    assert "web_accessible_resources" not in data
    csp = data["content_security_policy"]
    assert isinstance(csp, dict)
    policy = csp["extension_pages"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert "unsafe" not in policy and "http" not in policy.split("connect-src")[0]


def test_no_html_parsing_of_data_anywhere() -> None:
    forbidden = re.compile(
        r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|"
        r"setTimeout\(\s*['\"`]|createContextualFragment|DOMParser"
    )
    offenders = [
        f"{p.relative_to(EXTENSION)}:{n}: {line.strip()}"
        for p in sources()
        for n, line in enumerate(p.read_text().splitlines(), 1)
        if forbidden.search(line)
    ]
    assert offenders == []


def test_no_remote_code_and_no_inline_scripts() -> None:
    for path in sources():
        text = path.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=\"[^\"h][^\"]*\")", text), path
        assert not re.search(r"""(src|href)=["']https?://""", text), path
        assert not re.search(r"(?<!\{)\bimport\(", text), path  # JSDoc {import(...)} is types
        assert not re.search(r"""from\s+["']https?://""", text), path


def test_every_script_is_type_checked() -> None:
    for path in EXTENSION.rglob("*.js"):
        assert path.read_text().startswith("// @ts-check"), path


def test_node_modules_stay_out_of_the_extension() -> None:
    assert not (EXTENSION / "node_modules").exists()
    assert not [p for p in EXTENSION.rglob("*") if p.name.startswith("_")]


def test_axe_core_is_a_pinned_dev_dependency_never_shipped() -> None:
    """The accessibility checks inject axe-core from npm (package-lock.json pins it); the
    extension itself never loads it (no remote code, nothing from node_modules)."""
    root = EXTENSION.parent
    package = json.loads((root / "package.json").read_text())
    version = package["devDependencies"]["axe-core"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), version  # exact, not a range
    lock = json.loads((root / "package-lock.json").read_text())
    assert lock["packages"]["node_modules/axe-core"]["version"] == version
    assert lock["packages"]["node_modules/axe-core"]["dev"] is True
    assert not [p for p in sources() if "axe" in p.read_text()]
