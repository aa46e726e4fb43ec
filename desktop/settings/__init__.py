"""User preferences, the Preferences dialog and remembered window state (QSettings)."""
