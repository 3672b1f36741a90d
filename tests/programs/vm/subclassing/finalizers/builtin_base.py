# __del__ on instances of built-in subclasses.
class Resource(list):
    def __del__(self):
        print('releasing', list(self))

r = Resource([1, 2])
r = None
print('after first')

class Handle(int):
    def __del__(self):
        print('closing', int(self))

h = Handle(7)
del h
print('done')
