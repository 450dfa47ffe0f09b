"""The spaCy side: the underthesea tokenizer, the registered factory, ``vnextract.load()``."""

from __future__ import annotations

import unicodedata

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import vnextract
from vnextract.entities.spacy_pipe import (
    FACTORY,
    UndertheseaTokenizer,
    entities_of,
    word_spans,
)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return vnextract.load()


ODD_TEXTS = [
    "",
    " ",
    "\n\n",
    "  Hà  Nội\t và\u00a0TP.HCM \n",
    unicodedata.normalize("NFD", "Thanh Hoá và Hòa Bình."),
    "\u200bTập đoàn\u200b FPT (FPT) tăng 5,5%…",
    "“Vingroup” – 1.300 tỷ đồng/năm; Q.1, H.Cai Lậy",
    "a\u0300\u0301 x̀ 🙂 ",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_tokenizer_keeps_the_text(nlp: spacy.language.Language, text: str) -> None:
    assert nlp.make_doc(text).text == text


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Hà Nội,.\n\t\u00a0ĐàNẵng-()1ò\u0300")), max_size=30))
def test_tokenizer_keeps_any_text(text: str) -> None:
    vocab = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}}).vocab
    tokenizer = UndertheseaTokenizer(vocab)
    assert tokenizer(text).text == text


def test_tokenizer_uses_underthesea_words(nlp: spacy.language.Language) -> None:
    words = [t.text for t in nlp.make_doc("Tập đoàn Hòa Phát đặt nhà máy ở Hà Nội.")]
    assert "Hà Nội" in words and "Tập đoàn" in words


def test_word_spans_split_words_the_text_spaces_apart() -> None:
    assert word_spans("Hà\nNội", ["Hà Nội"]) == [(0, 2), (3, 6)]


def test_load_returns_the_configured_pipeline(nlp: spacy.language.Language) -> None:
    assert nlp.pipe_names == [FACTORY]
    assert nlp.lang == "vi"
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "vnextract.underthesea_tokenizer.v1"


def test_pipeline_sets_ents_and_records(nlp: spacy.language.Language) -> None:
    text = "Ông Đỗ Minh Tâm, Tổng giám đốc Tập đoàn Bảo Việt, vừa đến Cần Thơ."
    doc = nlp(text)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Đỗ Minh Tâm", "PER"),
        ("Tập đoàn Bảo Việt", "ORG"),
        ("Cần Thơ", "LOC"),
    ]
    for entity in entities_of(doc):
        for m in entity.mentions:
            assert text[m.start : m.end] == m.text


def test_pipeline_offsets_on_decomposed_text(nlp: spacy.language.Language) -> None:
    text = unicodedata.normalize("NFD", "Bà Lê Thị Hòa thăm tỉnh Hòa Bình.")
    doc = nlp(text)
    assert [e.label_ for e in doc.ents] == ["PER", "LOC"]
    assert [unicodedata.normalize("NFC", e.text) for e in doc.ents] == [
        "Lê Thị Hòa",
        "tỉnh Hòa Bình",
    ]


def test_factory_adds_to_a_blank_pipeline() -> None:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe(FACTORY)
    nlp.initialize()
    doc = nlp("Ngân hàng Nhà nước điều hành tỷ giá.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Ngân hàng Nhà nước", "ORG")]


def test_factory_is_found_by_spacy_without_importing_vnextract() -> None:
    """spaCy users add the component by name alone, through the package's entry points."""
    import subprocess
    import sys

    code = (
        "import spacy;"
        "nlp = spacy.blank('vi', config={'nlp': {'tokenizer': {'use_pyvi': False}}});"
        "nlp.add_pipe('vnextract_entities');"
        "doc = nlp('Ông Nguyễn Văn Hùng làm việc tại Tập đoàn Điện lực Việt Nam ở Hà Nội.');"
        "print(sorted({e.label_ for e in doc.ents}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['LOC', 'ORG', 'PER']"
