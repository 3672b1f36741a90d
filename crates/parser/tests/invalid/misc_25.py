x = 'abc' + 
