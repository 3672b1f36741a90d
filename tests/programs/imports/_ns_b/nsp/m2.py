b = "from _ns_b"
