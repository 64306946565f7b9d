"""Scheduling and single-writer behaviour that can be checked without a standing server."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLE


def test_serve_deployment_has_the_cron_schedule_and_the_run_parameters(tmp_path):
    from flows.cli_schedule import build_deployment

    dep = build_deployment([str(SAMPLE)], str(tmp_path / "w.duckdb"), "*/15 * * * *",
                           timezone="Europe/Berlin", workers=2, lock_wait_seconds=60)
    (schedule,) = dep.schedules
    assert (schedule.schedule.cron, schedule.schedule.timezone) == ("*/15 * * * *",
                                                                    "Europe/Berlin")
    assert dep.parameters == {"paths": [str(SAMPLE)], "db": str(tmp_path / "w.duckdb"),
                              "lock_wait_seconds": 60, "workers": 2}
    assert dep.entrypoint == "flows.ingest.ingest_flow"  # importable wherever newsetl is
    assert dep.concurrency_limit == 1  # runs of the deployment queue, never overlap
    assert dep.concurrency_options.collision_strategy == "ENQUEUE"


def test_serve_command_hands_the_deployment_to_prefect(monkeypatch, tmp_path, capsys):
    import flows.cli_schedule as sched
    from flows.cli import main

    served = []
    monkeypatch.setattr(sched, "_api_url", lambda: "http://127.0.0.1:4200/api")
    monkeypatch.setattr(sched, "_serve", lambda dep, url: served.append(dep) or 0)
    monkeypatch.chdir(tmp_path)
    assert main(["serve", "--cron", "0 * * * *", str(SAMPLE), "--db", "w.duckdb"]) == 0
    (dep,) = served
    assert dep.schedules[0].schedule.cron == "0 * * * *"
    assert dep.parameters["db"] == str(tmp_path / "w.duckdb")
    assert "cron '0 * * * *'" in capsys.readouterr().out


def test_serve_rejects_a_bad_cron_and_explains_a_missing_server(monkeypatch, capsys):
    import flows.cli_schedule as sched
    from flows.cli import main

    assert main(["serve", "--cron", "*/75 * * *", str(SAMPLE)]) == 2
    assert "invalid schedule" in capsys.readouterr().err
    monkeypatch.setattr(sched, "_api_url", lambda: None)
    monkeypatch.setattr(sched, "_serve", lambda dep, url: pytest.fail("served"))
    assert main(["serve", "--cron", "*/15 * * * *", str(SAMPLE)]) == 2
    assert "needs a Prefect server" in capsys.readouterr().err


def test_io_tasks_retry_with_backoff_but_not_failed_data_tests():
    from prefect.states import Failed

    from flows.ingest import _retry_unless_permanent, discover_task, load_task, read_task
    from warehouse.checks import DataTestFailed

    for t in (discover_task, read_task, load_task):
        assert t.retries >= 2
        delays = t.retry_delay_seconds
        assert len(delays) == t.retries and delays == sorted(delays) and delays[0] < delays[-1]
    assert _retry_unless_permanent(None, None, Failed(data=OSError("disk hiccup")))
    assert not _retry_unless_permanent(None, None, Failed(data=DataTestFailed("bad rows")))


def test_a_second_run_exits_with_a_clear_message(prefect_harness, tmp_path, capsys):
    from flows.cli import main
    from warehouse.connection import writer_lock

    db = tmp_path / "w.duckdb"
    with writer_lock(db):  # another run is writing
        code = main(["run", str(SAMPLE), "--db", str(db), "--no-progress"])
    assert code == 3
    assert "another newsetl run is writing" in capsys.readouterr().err
    assert not db.exists()


def test_prefect_yaml_deploys_the_ingest_flow_on_a_schedule():
    import yaml
    from prefect.flows import load_flow_from_entrypoint
    from prefect.schedules import Cron

    from tests.conftest import REPO

    spec = yaml.safe_load((REPO / "prefect.yaml").read_text())
    (dep,) = spec["deployments"]
    flow = load_flow_from_entrypoint(str(REPO / dep["entrypoint"]))
    assert flow.name == "newsetl-ingest"
    flow.validate_parameters(dep["parameters"])  # raises on an unknown or mistyped one
    for s in dep["schedules"]:
        Cron(s["cron"], timezone=s["timezone"])  # raises on a bad cron or time zone
    assert dep["concurrency_limit"] == {"limit": 1, "collision_strategy": "ENQUEUE"}
