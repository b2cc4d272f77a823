"""Shared types, settings, storage and the answer engine of BudgetQA."""
