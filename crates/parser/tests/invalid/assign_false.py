x, False = 1, 2
