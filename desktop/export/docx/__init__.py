"""The Word writer: a Report as .docx with python-docx, its fonts, page and figures."""
