"""The editor's mode: ``explainer review`` serves the site with controls to confirm and correct marks.

``store`` writes the review files; ``server`` serves a private build of the
site with the editor's layer (``assets/``) and takes the editor's changes.
"""
