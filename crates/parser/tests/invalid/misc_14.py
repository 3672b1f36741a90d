a = b c d
