"""Retrieval: embedders, the Chroma index, the lexical ranker and their fused LangChain retriever."""
