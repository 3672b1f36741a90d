"""URL handling: ``urllib.parse`` splits, joins, quotes and unquotes URLs."""
