# Classes: instances, methods, class attributes, inheritance, super().
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + ": woof"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + "!"


pets = [Animal("generic"), Dog("rex"), Puppy("bit", 1)]
for p in pets:
    print(p, p.kind, p.speak())
print(Puppy.__mro__)
print(isinstance(pets[2], Animal), issubclass(Dog, Animal), issubclass(Animal, Dog))
print(pets[2].__dict__, Puppy.__name__, Puppy.__bases__)
d = pets[1]
d.kind = "mine"
print(d.kind, Dog.kind, hasattr(d, "age"), getattr(d, "age", None))
setattr(d, "age", 3)
print(d.age)
del d.age
print(hasattr(d, "age"))
m = d.speak
print(m(), m.__self__ is d, m.__func__ is Dog.speak)
