# pyrite-args: -m tokenize
values = [0, 42, 1_000_000, 0x_1f, 0XFF, 0o17, 0O7_7, 0b1, 0B1010_1010]
floats = [1.5, .5, 5., 1e10, 1E-3, 1_000.5e-3, 3.14_15]
imaginary = [1j, 2.5J, 1e-3j, 0j, 1_0j]
print(values, floats, imaginary)
