def find(items, key):
    for item in items:
        if item["id"] == key:
            return item


record = find([{"id": 1, "name": "a"}], 2)
print(record["name"].upper())
