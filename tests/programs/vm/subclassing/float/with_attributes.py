# A float that carries a unit in its instance dict.
class Temp(float):
    def __new__(cls, value, unit='C'):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj

    def __repr__(self):
        return f"{float(self)}°{self.unit}"

t = Temp(21.5)
print(t, [t], t + 0.5, t.unit, Temp(10, 'F'), t.__dict__, sorted([Temp(3), Temp(1.5)]))
