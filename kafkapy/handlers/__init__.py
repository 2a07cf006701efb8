"""One module per API key (`kNN_name.py`); see registry.py."""
