"""factcheck: fact-consistency checker for Arabic news."""

__version__ = "0.1.0"
