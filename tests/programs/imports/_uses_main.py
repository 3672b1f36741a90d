import __main__

seen = __main__.shared
