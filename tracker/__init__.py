"""tracker: find dated claims in the news, store them, and send notices when they come due."""

__version__ = "0.1.0"
