# Methods added by a subclass call the inherited list methods.
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return f"Stack({list.__repr__(self)})"

s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), len(s), [s], str(s), s.pop(), s)
print(Stack([1, 2]) == [1, 2], Stack(range(3)))
