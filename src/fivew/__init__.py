"""fivew: news pages in, a sourced record of who did what to whom, where, when out."""

__version__ = "0.1.0"
