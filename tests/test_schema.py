"""The JSON contract's schema (docs/claims.schema.json) holds for what explainer really writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from .conftest import BIN, ROOT, copy_project, run

SCHEMA = json.loads((ROOT / "docs" / "claims.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    Draft202012Validator.check_schema(SCHEMA)
    return Draft202012Validator(SCHEMA)


def errors(validator: Draft202012Validator, data: object) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def test_the_sites_exports_follow_the_schema(validator: Draft202012Validator, built_site: Path) -> None:
    site = json.loads((built_site / "claims.json").read_text(encoding="utf-8"))
    page = json.loads((built_site / "articles" / "defectors" / "claims.json").read_text(encoding="utf-8"))
    assert errors(validator, site) == [] and errors(validator, page) == []
    claims = page["claims"]
    assert any("review" in c for c in claims) and any("from" in r for c in claims for r in c["reasons"])


def test_check_and_analyze_follow_the_schema(validator: Draft202012Validator, tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "content" / "articles" / "bad.md").write_text("---\ntitle: [not, text]\n---\nOfficials said so.\n")
    checked = run([str(BIN / "explainer"), "check", "--format", "json"], cwd=project)
    report = json.loads(checked.stdout)
    assert report["problems"] and errors(validator, report) == []
    analyzed = run([str(BIN / "explainer"), "analyze", "content/articles/defectors.md"], cwd=project)
    assert errors(validator, json.loads(analyzed.stdout)) == []


def test_the_schema_rejects_what_breaks_the_contract(validator: Draft202012Validator, built_site: Path) -> None:
    page = json.loads((built_site / "articles" / "defectors" / "claims.json").read_text(encoding="utf-8"))
    page["claims"][0]["labels"] = ["disputed"]
    del page["summary"]
    assert len(errors(validator, page)) >= 1
