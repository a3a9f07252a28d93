"""Tests for the 22 items of the bad-input checklist (docs/SECURITY.md in the shared docs)."""
