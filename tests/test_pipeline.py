"""The pipeline files work as a new user would use them."""
import json
import os
import re
import shlex

import jsonschema
import yaml

from tests.conftest import EXAMPLES, FIXTURES, ROOT, run_proof

WORKFLOW = os.path.join(EXAMPLES, "ci", "proof.yml")


def test_the_example_workflow_uploads_a_valid_sarif_file(tmp_path):
    with open(WORKFLOW, encoding="utf-8") as f:
        workflow = yaml.safe_load(f)
    steps = workflow["jobs"]["proof"]["steps"]
    upload = next(step for step in steps if step.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    command = next(line.strip() for step in steps for line in step.get("run", "").splitlines()
                   if line.strip().startswith("proof check"))
    args = shlex.split(command.split("||")[0].replace("$ARTICLES", EXAMPLES))
    assert args[:2] == ["proof", "check"]
    done = run_proof(*args[1:], "--no-grammar", cwd=str(tmp_path))
    assert done.returncode in (0, 1), done.stderr
    with open(tmp_path / upload["with"]["sarif_file"], encoding="utf-8") as f:
        log = json.load(f)
    with open(os.path.join(FIXTURES, "sarif", "sarif-schema-2.1.0.json"), encoding="utf-8") as f:
        jsonschema.Draft4Validator(json.load(f)).validate(log)
    assert "files checked" in done.stdout


def test_pre_commit_hook_runs_proof_check_on_copy():
    with open(os.path.join(ROOT, ".pre-commit-hooks.yaml"), encoding="utf-8") as f:
        hooks = yaml.safe_load(f)
    hook = next(h for h in hooks if h["id"] == "proof")
    assert hook["entry"] == "proof check"
    pattern = re.compile(hook["files"])
    assert all(pattern.search(name) for name in ("a.txt", "b.md", "c.html", "d.htm"))
    assert not pattern.search("e.py")
