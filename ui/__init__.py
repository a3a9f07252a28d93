"""The Streamlit app's parts that talk to Streamlit (app.py draws the page from them)."""
