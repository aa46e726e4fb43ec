"""How a team co-edits a roadmap file through a shared folder, e-mail or a USB stick
(the live server is in db/live)."""
