# Class attributes shared between instances, shadowed by instance ones,
# mutable defaults shared, and attributes added to classes later.
class Team:
    members = []
    size = 0

    def join(self, name):
        self.members.append(name)
        self.size += 1


a, b = Team(), Team()
a.join("x")
b.join("y")
print(Team.members, a.size, b.size, Team.size, a.members is b.members)
Team.motto = "together"
print(a.motto, hasattr(b, "motto"), "motto" in vars(Team), "size" in vars(a))
del a.size
print(a.size)
setattr(Team, "size", 100)
print(a.size, b.size)
