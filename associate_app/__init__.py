"""Store Associate: the in-store associate app."""

__version__ = "0.1.0"
