"""Books API generator: spec sources in, bundle, typed client, mock server and docs out."""

__version__ = "0.1.0"
