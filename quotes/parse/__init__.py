"""The spaCy pipeline: which model to load, its compiled attribute ruler, sentence fixes, the component.

Takes text; gives a parsed ``Doc`` whose ``doc._.attributions`` the ``quote_attribution`` component
fills by running the finders (:mod:`quotes.find`) and resolving speakers (:mod:`quotes.speakers`).
"""
