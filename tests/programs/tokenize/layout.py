# pyrite-args: -m tokenize
class A:
    def method(self):
        if True:
            pass

            # a comment at a deeper level
        return [
            1,
            2,  # inside brackets
        ]

    x = 1 + \
        2


def g():
	return 1  # indented with a tab
