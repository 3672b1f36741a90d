leaf_name = __name__
