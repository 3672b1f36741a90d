try:
    pass
except Exception as e, f:
    pass
