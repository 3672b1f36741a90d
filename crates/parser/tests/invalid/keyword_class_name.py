class for: pass
