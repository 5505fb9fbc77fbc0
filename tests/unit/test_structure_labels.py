"""`split_label` keys each token once instead of every prefix; it must answer exactly as keying
every prefix with `heading_key` does, letter-spaced headings included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from resume_processor.pipeline.structure.labels import (
    MAX_LABEL_TOKENS,
    ROLE_OF,
    Kind,
    Role,
    label_role,
    split_label,
)
from resume_processor.pipeline.structure.sections import heading_key


def reference(text: str) -> tuple[str, Role | Kind, str] | None:
    tokens = text.split()
    for count in range(min(len(tokens), MAX_LABEL_TOKENS), 0, -1):
        label = " ".join(tokens[:count])
        role = label_role(heading_key(label))
        if role is not None:
            return label, role, " ".join(tokens[count:])
    return None


LABEL_WORDS = sorted({word for key in ROLE_OF for word in key.split()})
WORDS = st.one_of(
    st.sampled_from(LABEL_WORDS),
    st.sampled_from(["Work", "EXPERIENCE", "Education", "skills", "Technical", "&", "|", ":",
                     "•", "-", "W", "O", "R", "K", "E", "X", "P", "2019", "Dutch", "Ada"]),
    st.text(alphabet="abcXYZé.-/&:()0", min_size=1, max_size=6),
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=14), st.sampled_from([" ", "  ", " : "]))
def test_split_label_answers_as_keying_every_prefix(words: list[str], glue: str) -> None:
    text = glue.join(words)
    assert split_label(text) == reference(text)


def test_known_labels_and_letter_spacing() -> None:
    assert split_label("Mother tongue(s) Dutch") == reference("Mother tongue(s) Dutch")
    assert split_label("Mother tongue(s) Dutch") is not None
    spaced = "W O R K E X P E R I E N C E"
    assert split_label(spaced) == reference(spaced)
    assert split_label(spaced) is not None
    assert split_label("Increased revenue by 30% in two quarters") is None


def test_a_prefix_past_a_dash_is_keyed_whole() -> None:
    # `heading_key` takes a total off a title ("Experience - 5 years"), not a year.
    for text in ("activities - 2019 a", "activities - 5 years", "Опыт работы — 5 лет 3 месяца"):
        assert split_label(text) == reference(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=14), st.sampled_from([" ", "  ", " : "]))
def test_roles_only_finds_every_field_label_the_full_search_finds(
    words: list[str], glue: str
) -> None:
    # `roles_only` may skip a line that opens with no field label, never one that does.
    text = glue.join(words)
    full = split_label(text)
    quick = split_label(text, roles_only=True)
    assert quick is None or quick == full
    if full is not None and isinstance(full[1], Role):
        assert quick == full


def test_roles_only_keeps_field_labels_and_skips_titles() -> None:
    assert split_label("Mother tongue(s) Dutch", roles_only=True) is not None
    assert split_label("1.0 Mother tongue(s) Dutch", roles_only=True) == split_label(
        "1.0 Mother tongue(s) Dutch"
    )
    assert split_label("Work experience", roles_only=True) is None
    assert split_label("Work experience") is not None
