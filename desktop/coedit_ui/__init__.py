"""Co-editing in the app: the Collaboration menu, conflict review and snapshots dialogs."""
