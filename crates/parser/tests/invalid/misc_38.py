@decorator
class
