"""The Qt application shell: start-up, main window, session, views, menus and shared widgets."""
