"""Evaluation: gold question sets (JSONL) and hand-checked table cells, scored into a report."""
