"""The roadmap visuals as render-neutral figures: Part A, Part B, the KPI figure, and their
geometry, text metrics and arrow routing (Qt-free)."""
