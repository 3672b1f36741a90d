a = "from _ns_a"
