where = "found through sys.path"
