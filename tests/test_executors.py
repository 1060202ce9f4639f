"""Every executor gives the same findings in the same order: inline, process pool, Dask LocalCluster."""

import json

import pytest
from click.testing import CliRunner

from sample_data.generate import build_estate
from scanner.commands import cli
from scanner.executors import InlineExecutor, ProcessExecutor, make_executor


def _square(x: int) -> int:
    return x * x


def _tasks(n: int, fail_after: int | None = None):
    for i in range(n):
        if fail_after is not None and i == fail_after:
            raise RuntimeError("source broke")
        yield _square, (i,)


@pytest.mark.parametrize("executor", [InlineExecutor, lambda: ProcessExecutor(2)])
def test_results_come_in_submission_order_and_a_failing_source_keeps_what_was_submitted(executor):
    ex = executor()
    try:
        assert list(ex.map_ordered(_tasks(50))) == [i * i for i in range(50)]
        got = []
        with pytest.raises(RuntimeError):
            for r in ex.map_ordered(_tasks(10, fail_after=7)):
                got.append(r)
        assert got == [i * i for i in range(7)]
    finally:
        ex.close()


def test_scheduler_without_dask_is_a_usage_error():
    with pytest.raises(Exception, match="--scheduler goes with --executor dask"):
        make_executor("local", 2, "tcp://127.0.0.1:1")


@pytest.fixture(scope="module")
def estate(tmp_path_factory):
    root = tmp_path_factory.mktemp("estate")
    config, _ = build_estate(root, rows=20)
    return root, config


def _findings(root, config, *flags):
    out = root / "-".join(flags).replace("-", "_")
    result = CliRunner().invoke(cli, ["scan", str(config), "--out", str(out), *flags])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in (out / "findings.jsonl").open(encoding="utf-8")]


@pytest.mark.slow
def test_process_pool_and_dask_local_cluster_match_the_inline_run(estate):
    root, config = estate
    inline = _findings(root, config, "--workers", "1")
    assert inline
    assert _findings(root, config, "--workers", "2") == inline
    assert _findings(root, config, "--executor", "dask", "--workers", "2") == inline
