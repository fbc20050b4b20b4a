"""The intermediate model renderers read (types.py) and its builder (build.py)."""
