"""quotes: who said what in English news."""
