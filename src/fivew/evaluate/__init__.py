"""Scorers: one module per gold set family, each scoring fivew beside a baseline."""
