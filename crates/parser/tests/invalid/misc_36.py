del x,, y
