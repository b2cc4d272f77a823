"""Ingest: turn a disclosure (PDF or text) into typed, cited facts and store them."""
