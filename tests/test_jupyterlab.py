"""JupyterLab serves the explore notebook: started on loopback, used through its REST API,
then stopped by its own process id."""

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from conftest import REPO


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(url: str, token: str, method: str = "GET", body: dict | None = None):
    request = urllib.request.Request(url, method=method,
                                     data=json.dumps(body).encode() if body else None,
                                     headers={"Authorization": f"token {token}",
                                              "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.read()


def run_on_kernel(connection_file, sources: list[str]) -> str:
    """Execute ``sources`` in order on a running kernel; return the last result's text."""
    from jupyter_client import BlockingKernelClient

    deadline = time.monotonic() + 60
    while not connection_file.exists():
        assert time.monotonic() < deadline, f"no {connection_file}"
        time.sleep(0.2)
    client = BlockingKernelClient(connection_file=str(connection_file))
    client.load_connection_file()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=60)
        result = ""
        for source in sources:
            outputs = []
            reply = client.execute_interactive(source, timeout=120,
                                               output_hook=outputs.append)
            assert reply["content"]["status"] == "ok", (source, reply["content"])
            for msg in outputs:
                if msg["msg_type"] == "execute_result":
                    result = msg["content"]["data"].get("text/plain", "")
        return result
    finally:
        client.stop_channels()


def test_jupyterlab_opens_explore_notebook(tmp_path):
    port, token = free_port(), secrets.token_hex(16)
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, HOME=str(tmp_path), JUPYTER_CONFIG_DIR=str(tmp_path / "config"),
               JUPYTER_DATA_DIR=str(tmp_path / "data"),
               JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"))
    command = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1",
               f"--ServerApp.port={port}", f"--IdentityProvider.token={token}",
               f"--ServerApp.root_dir={REPO}", "--ServerApp.port_retries=0"]
    if os.geteuid() == 0:
        command.append("--allow-root")
    log = open(tmp_path / "lab.log", "w")
    lab = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                status, _ = call(f"{base}/api/status", token)
                break
            except (urllib.error.URLError, ConnectionError):
                assert lab.poll() is None, (tmp_path / "lab.log").read_text()
                assert time.monotonic() < deadline, "JupyterLab did not start in 90 s"
                time.sleep(0.5)
        assert status == 200
        status, body = call(f"{base}/api/contents/notebooks/explore.ipynb", token)
        notebook = json.loads(body)
        assert status == 200 and notebook["type"] == "notebook"
        sources = [c["source"] for c in notebook["content"]["cells"]]
        assert any("framing.load_corpus(corpus)" in s for s in sources)
        status, page = call(f"{base}/lab/tree/notebooks/explore.ipynb", token)
        assert status == 200 and b"JupyterLab" in page
        # open it as a user does: a session with a running python3 kernel
        status, body = call(f"{base}/api/sessions", token, "POST",
                            {"path": "notebooks/explore.ipynb", "type": "notebook",
                             "kernel": {"name": "python3"}})
        session = json.loads(body)
        assert status == 201 and session["kernel"]["name"] == "python3"
        # run the notebook's own cells on that kernel, as "Run all" would
        cells = [c["source"] for c in notebook["content"]["cells"] if c["cell_type"] == "code"]
        shown = run_on_kernel(tmp_path / "runtime" / f"kernel-{session['kernel']['id']}.json",
                              cells[:2] + ["c[article_id]._repr_html_()"])
        assert "fr-who" in shown and "fr-marker" in shown  # the article, highlighted
        call(f"{base}/api/sessions/{session['id']}", token, "DELETE")
    finally:
        os.kill(lab.pid, signal.SIGTERM)  # stop JupyterLab by its own process id
        try:
            lab.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.kill(lab.pid, signal.SIGKILL)
            lab.wait(timeout=10)
        log.close()
    assert lab.returncode is not None
