"""The pieces of the hub's lockdown that need no hub: role names, credentials, authorizer."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from infoint import access
from infoint.identity import learner_id_for
from infoint.voila_only import ALLOWED_MESSAGE_TYPES, VoilaOnlyAuthorizer, server_args


@given(st.text(min_size=1, max_size=100))
def test_role_names_are_plain_short_and_distinct_per_kind(username):
    lid = learner_id_for(username)
    learner, instructor = access.learner_role(lid), access.instructor_role(lid)
    assert access._ROLE.match(learner) and access._ROLE.match(instructor)
    assert len(learner.encode()) <= 63 and learner != instructor
    assert access.learner_role(lid) == learner  # the hub and the policy must agree every time


def test_different_learners_get_different_roles():
    assert access.learner_role("ana") != access.learner_role("ana ")
    assert access.learner_role("ana@school") != access.learner_role("ana_school")


def test_sqlite_try_out_gives_class_access_to_instructors_only(tmp_path):
    url = f"sqlite:///{tmp_path / 'class.db'}"
    learner = access.prepare_server(url, "ana", instructor=False)
    teacher = access.prepare_server(url, "ms-garcia", instructor=True)
    assert learner.environment() == {"INFOINT_DB": url}
    assert teacher.environment() == {"INFOINT_DB": url, "INFOINT_CLASS_DB": url}


def test_class_store_url_on_the_hub_comes_only_from_the_class_variable():
    hub = {"JUPYTERHUB_USER": "ana", "INFOINT_DB": "sqlite:///own.db"}
    assert access.class_store_url(hub) is None
    assert access.class_store_url({**hub, "INFOINT_CLASS_DB": "x://c"}) == "x://c"
    assert access.class_store_url({"INFOINT_DB": "sqlite:///own.db"}) == "sqlite:///own.db"


def _handler(method: str = "GET", path: str = "/user/ana/api/x"):
    return SimpleNamespace(request=SimpleNamespace(method=method, path=path))


def test_authorizer_allows_only_what_a_voila_page_uses():
    auth = VoilaOnlyAuthorizer()
    allowed = [("execute", "kernels"), ("read", "kernels"), ("read", "kernelspecs")]
    refused = [("write", "kernels"), ("read", "contents"), ("write", "contents"),
               ("read", "terminals"), ("execute", "terminals"), ("write", "sessions"),
               ("read", "sessions"), ("read", "nbconvert"), ("write", "config"),
               ("write", "server"), ("read", "files")]
    for action, resource in allowed:
        assert auth.is_authorized(_handler(), None, action, resource), (action, resource)
    for action, resource in refused:
        assert not auth.is_authorized(_handler(), None, action, resource), (action, resource)


def test_server_args_lock_the_server_down():
    args = "\n".join(server_args())
    assert "'jupyterlab': False" in args and "'jupyter_server_terminals': False" in args
    assert "'voila.server_extension': True" in args
    assert "'jupyterhub.singleuser.extension': True" in args
    assert "--ServerApp.terminals_enabled=False" in args
    assert "VoilaOnlyAuthorizer" in args
    assert "execute_request" not in args
    assert set(ALLOWED_MESSAGE_TYPES) == {"comm_open", "comm_close", "comm_msg",
                                          "comm_info_request", "kernel_info_request",
                                          "shutdown_request"}
