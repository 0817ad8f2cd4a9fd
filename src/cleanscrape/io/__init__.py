"""Readers (bytes to Document) and writers (records to bytes)."""
