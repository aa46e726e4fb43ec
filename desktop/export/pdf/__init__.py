"""The PDF writer: a Report, figures and posters as vector PDF with reportlab."""
