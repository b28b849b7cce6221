"""A case summary becomes the MVD record's fields, or says why it cannot."""

from hfs.clinic.case_link import mvd_from_case


def _summary(ratios, *, side="left", baep_groups=(), baep=True):
    return {
        "side": side,
        "date": "2026-12-07T09:12:00+00:00",
        "final_lsr": [
            {"stim_site": "zygomatic", "channel": ch, "final_ratio": r}
            for ch, r in zip(("Mentalis", "Orbicularis Oris"), ratios, strict=False)
        ],
        "alert_groups": list(baep_groups),
        "baseline": {"baep": [{"channel": "BAEP"}] if baep else []},
    }


def test_the_lsr_outcome_and_baep_notes_come_from_the_case():
    rec, why = mvd_from_case(_summary([0.03, 0.1]), "mvd-1")
    assert why is None and rec.lsr_outcome == "disappeared" and rec.side == "left"
    assert str(rec.performed_on) == "2026-12-07" and rec.baep_notes == "BAEP monitored: no alert"
    group = {
        "condition": "BAEP wave V change",
        "worst": "baep_wave_v_loss",
        "channel": "BAEP Cz-A1",
        "start_s": 3900.0,
        "end_s": None,
        "holds_at_end": True,
    }
    rec, _ = mvd_from_case(_summary([0.8, 0.5], baep_groups=[group]), "mvd-2")
    assert rec.lsr_outcome == "persisted"
    assert rec.baep_notes == "BAEP Cz-A1: baep wave v loss from 1:05 to the end of the case"
    rec, _ = mvd_from_case(_summary([], baep=False), "mvd-3")
    assert rec.lsr_outcome == "not_monitored" and rec.baep_notes is None


def test_a_case_that_cannot_tell_gives_no_record_and_says_why():
    rec, why = mvd_from_case(_summary([0.05, 0.6]), "x")
    assert rec is None and "cannot tell" in why and "60%" in why
    rec, why = mvd_from_case(_summary([0.25]), "x")
    assert rec is None and "cannot tell" in why
    rec, why = mvd_from_case(_summary([None]), "x")
    assert rec is None and "no LSR pair was compared" in why
    rec, why = mvd_from_case(_summary([0.0], side=None), "x")
    assert rec is None and "--side" in why
