import pytest

from hfs.errors import ConfigError
from hfs.neurophys.montage import read_montage, recognise_channel, recognise_stimulus


@pytest.mark.parametrize(
    ("label", "role", "side"),
    [
        ("Orbicularis Oculi", "orbicularis_oculi", None),
        ("Orbicularis Ocul", "orbicularis_oculi", None),  # cut at 16 characters
        ("OOc", "orbicularis_oculi", None),
        ("R OOc", "orbicularis_oculi", "right"),
        ("Orbicularis Oris", "orbicularis_oris", None),
        ("OOr L", "orbicularis_oris", "left"),
        ("Ment", "mentalis", None),
        ("EMG Mentalis R", "mentalis", "right"),
        ("BAEP Cz-A1", "baep", None),
        ("Zygomaticus maj", "zygomaticus", None),
    ],
)
def test_channel_labels_are_recognised_by_prefix_and_alias(label, role, side):
    got = recognise_channel(label)
    assert got is not None
    assert (got.label, got.role, got.side) == (label, role, side)


@pytest.mark.parametrize(
    ("label", "role", "side"),
    [
        # Styles of the world's files (issue 13): side before or after, "Orb" words,
        # EMG prefixes, -L / _R suffixes.
        ("Orb Oris L", "orbicularis_oris", "left"),
        ("L Orb Oculi", "orbicularis_oculi", "left"),
        ("EMG L OOc", "orbicularis_oculi", "left"),
        ("OOc-L", "orbicularis_oculi", "left"),
        ("Ment_R", "mentalis", "right"),
        ("R Orb Oc", "orbicularis_oculi", "right"),
        ("EMG2 Ment L", "mentalis", "left"),
        ("Orbic Oris", "orbicularis_oris", None),
        ("Rt Mentalis", "mentalis", "right"),
    ],
)
def test_usual_label_styles_are_recognised(label, role, side):
    got = recognise_channel(label)
    assert got is not None, label
    assert (got.role, got.side) == (role, side)


@pytest.mark.parametrize(
    "label", ["Orbicularis", "Ch1", "EEG Fp1", "", "ECG", "Orb", "Orb L", "EMG Photic"]
)
def test_unknown_or_ambiguous_labels_are_not_guessed(label):
    assert recognise_channel(label) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Stim zygomatic", "zygomatic"),
        ("Stim marginal_mandibular", "marginal_mandibular"),
        ("Stim marginal mandibular", "marginal_mandibular"),
        ("Stim temporal", "temporal"),
        ("Stim buccal", "buccal"),
        ("Click", "click"),
        ("Stim", None),
        ("Sleep stage W", None),
    ],
)
def test_stimulus_annotations(text, kind):
    assert recognise_stimulus(text) == kind


def test_montage_file_maps_labels(tmp_path):
    f = tmp_path / "m.yaml"
    f.write_text(
        "channels:\n  EMG1: mentalis\n  EMG9: ignore\nstimuli:\n  S1: zygomatic\n"
        "trigger_channel: TTL\ntrigger_codes:\n  7: click\n"
    )
    m = read_montage(f)
    assert m.channel_role("EMG1").role == "mentalis"
    assert m.channel_role("EMG9") is None
    assert m.channel_role("OOc").role == "orbicularis_oculi"  # built-in rules still apply
    assert m.stimulus_kind("S1") == "zygomatic"
    assert m.trigger_channel == "TTL" and m.trigger_codes == {7: "click"}


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("channels:\n  EMG1: biceps\n", "unknown role 'biceps'"),
        ("stimuli:\n  S1: ulnar\n", "unknown kind 'ulnar'"),
        ("chanels:\n  EMG1: mentalis\n", "unknown key"),
        ("channels: [a, b\n", "not valid YAML"),
        ("- a\n- b\n", "mapping"),
    ],
)
def test_bad_montage_files_raise_config_error(tmp_path, text, needle):
    f = tmp_path / "bad.yaml"
    f.write_text(text)
    with pytest.raises(ConfigError, match=needle):
        read_montage(f)
