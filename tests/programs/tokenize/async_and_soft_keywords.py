# pyrite-args: -m tokenize
async def main():
    await thing()
    async with lock:
        pass
match command:
    case [x, *rest] if x > 0:
        pass
    case _:
        match = case = 1
