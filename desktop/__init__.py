"""Routekaart desktop application. Importing this package does not import Qt."""

__version__ = "0.1.0"
