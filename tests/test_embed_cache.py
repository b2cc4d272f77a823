"""The embedding cache: a text embedded once is read back, across instances (a new process) and documents."""
from retrieval.embed_cache import CachedEmbedder
from retrieval.embedders import HashEmbedder


class Counting(HashEmbedder):
    def __init__(self):
        super().__init__()
        self.embedded = 0

    def embed_documents(self, texts):
        self.embedded += len(texts)
        return super().embed_documents(texts)


def test_each_text_is_embedded_once_per_model(tmp_path):
    inner = Counting()
    cache = CachedEmbedder(inner, tmp_path / "e.sqlite", "m1")
    first = cache.embed_documents(["工资福利支出", "基本支出", "工资福利支出"])
    assert inner.embedded == 2 and first[0] == first[2]
    again = CachedEmbedder(inner, tmp_path / "e.sqlite", "m1").embed_documents(["基本支出", "办公费"])
    assert inner.embedded == 3                      # only 办公费 is new
    assert [round(x, 6) for x in again[0]] == [round(x, 6) for x in first[1]]
    CachedEmbedder(inner, tmp_path / "e.sqlite", "m2").embed_documents(["基本支出"])
    assert inner.embedded == 4                      # another model embeds for itself
