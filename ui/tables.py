"""Tables whose rows the analyst selects, one at a time (the Events and Places tabs)."""
from __future__ import annotations

import streamlit as st


def picked_row(frame, columns: list[str], key: str, **config):
    """Show ``frame[columns]`` with single-row selection; the index value of the selected row,
    or None (a selection left over from a longer table is no selection)."""
    picked = st.dataframe(frame[columns], key=key, on_select="rerun", selection_mode="single-row",
                          hide_index=True, width="stretch", **config)
    rows = list(picked.selection.rows) if picked else []
    return frame.index[rows[0]] if rows and rows[0] < len(frame) else None
