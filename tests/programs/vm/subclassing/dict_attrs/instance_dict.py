# Instances of built-in subclasses get a __dict__ on demand.
class L(list):
    pass

class S(str):
    pass

class I(int):
    pass

for obj in (L([1]), S('s'), I(3)):
    print(type(obj).__name__, obj.__dict__, vars(obj))
    obj.note = 'hi'
    obj.__dict__['other'] = 1
    print(obj.note, obj.other, obj.__dict__, hasattr(obj, 'nothing'))
    del obj.note
    print(obj.__dict__)
    try:
        del obj.note
    except AttributeError as e:
        print('AttributeError:', e)
