"""F4 in the instructor notebooks: a class whose field is ``$x^{$`` runs every cell."""

from __future__ import annotations

from datetime import date

import pytest

from infoint.demo import generate_demo
from infoint.model import Contact, Reflection
from infoint.store import Store
from tests.demo.test_notebooks_on_demo import _nbval

PAYLOAD = "$x^{$"


@pytest.mark.slow
def test_notebooks_run_with_a_mathtext_field(tmp_path):
    url = f"sqlite:///{tmp_path / 'class.db'}"
    generate_demo(url, seed=7, learners=10)
    for i in range(6):
        s = Store.open(url, learner_id=f"payload-{i}")
        (c,) = s.add_contacts([Contact(name=f"P {i}", field=PAYLOAD)])
        s.save_reflection(Reflection(field=PAYLOAD, met_on=date(2026, 3, 2), contact_id=c.id,
                                     ratings={"lifestyle": 4, "daily work": 2}, consent=True,
                                     surprises=PAYLOAD, tone="mixed"))
    result = _nbval(url)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
