# A generator cannot be resumed while it is running.
def gen():
    try:
        next(self_ref)
    except ValueError as e:
        print("ValueError:", e)
    try:
        self_ref.send(None)
    except ValueError as e:
        print("ValueError:", e)
    try:
        self_ref.throw(KeyError)
    except ValueError as e:
        print("ValueError:", e)
    try:
        self_ref.close()
    except ValueError as e:
        print("ValueError:", e)
    print("running:", self_ref.gi_running)
    yield "done"


self_ref = gen()
print(next(self_ref))
print("running:", self_ref.gi_running)
