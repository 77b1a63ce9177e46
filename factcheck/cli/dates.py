"""`factcheck dates`: placeholder until the temporal tagger lands."""
