"""Stimulus intensity read from the annotations: a change is shown, never taken for a
change of the response."""

from __future__ import annotations

from hfs.neurophys import read_recording
from hfs.neurophys.monitor import replay_file, run_monitor
from hfs.neurophys.montage import recognise_stimulus, stimulus_intensity_ma
from hfs.simulate.recording import simulate_recording
from hfs.simulate.stimulation import with_intensity


def test_intensity_is_read_from_the_annotation_text():
    assert stimulus_intensity_ma("Stim zygomatic 12mA") == 12.0
    assert stimulus_intensity_ma("Stim zyg 7.5 mA") == 7.5
    assert stimulus_intensity_ma("stim marginal mandibular 3,5 MA") == 3.5
    assert stimulus_intensity_ma("Stim zygomatic") is None
    assert stimulus_intensity_ma("Stim zygomatic 12ms") is None
    assert recognise_stimulus("Stim zygomatic 12mA") == "zygomatic"
    assert recognise_stimulus("Stim marginal mandibular 3.5 mA") == "marginal_mandibular"


def test_an_intensity_drop_is_not_called_a_vanished_lsr(tmp_path):
    """The stimulation falls from 12 to 3 mA when the LSR and the M-response vanish
    (the story where the stimulus no longer reaches the nerve), and comes back to 12
    mA 10 s later. Without the annotations this is an ``lsr_disappeared`` at the drop;
    with them the monitor says the intensity changed and compares nothing until the
    intensity is back, then the LSR (still gone) is alerted within 3 sweeps."""
    sim = simulate_recording(
        "intraop-lsr", story="stim_failure", duration_s=90, sfreq=10000, rng=17
    )
    t_drop = min(a["time_s"] for a in sim.truth["alerts"])
    plain = read_recording(sim.write_edf(tmp_path / "plain.edf"))
    mon = run_monitor(replay_file(plain), plain.channels, plain.sfreq)
    gone = [a["time_s"] for a in mon.alerts if a["kind"] == "lsr_disappeared"]
    assert len(gone) == 2 and all(t_drop <= t <= t_drop + 2 * 0.5 for t in gone)

    sim = with_intensity(sim, [(0, 12), (t_drop - 0.1, 3), (t_drop + 10, 12)])
    rec = read_recording(sim.write_edf(tmp_path / "stated.edf"))
    assert {s.intensity_ma for s in rec.stimuli} == {12.0, 3.0}
    mon = run_monitor(replay_file(rec), rec.channels, rec.sfreq)
    changes = [a for a in mon.alerts if a["kind"] == "stim_intensity_changed"]
    assert [(a["time_s"], a["intensity_ma"]) for a in changes] == [
        (c["time_s"], c["intensity_ma"]) for c in sim.truth["intensity_changes"]
    ]
    assert "not compared" in changes[0]["detail"] and "12 -> 3 mA" in changes[0]["detail"]
    gone = [a["time_s"] for a in mon.alerts if a["kind"] == "lsr_disappeared"]
    back = changes[1]["time_s"]
    assert len(gone) == 2 and all(back < t <= back + 3 * 0.5 for t in gone)
    rows = [t for t in mon.trend if t["kind"] == "lsr"]
    assert all(
        t["intensity_ma"] == 3.0 and t["compared"] is False
        for t in rows
        if t_drop <= t["time_s"] < back
    )
    assert all(t["compared"] for t in rows if t["time_s"] < t_drop or t["time_s"] >= back)
