# Accounts with inheritance, class attributes, classmethods and errors.
class Account:
    interest = 0.0
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    @classmethod
    def opened(cls):
        return cls.count

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError(f"{self.owner} cannot withdraw {amount}")
        self.balance -= amount
        return self

    def month(self):
        self.balance = round(self.balance * (1 + self.interest), 2)

    def __str__(self):
        return f"{type(self).__name__}[{self.owner}: {self.balance}]"


class Savings(Account):
    interest = 0.01

    def withdraw(self, amount):
        if amount > 500:
            raise RuntimeError("savings limit")
        return super().withdraw(amount)


accounts = [Account("ann", 100), Savings("bob", 1000), Savings("cy")]
accounts[0].deposit(50).withdraw(30)
accounts[2].deposit(10)
for a in accounts:
    a.month()
    print(a)
for action in [lambda: accounts[1].withdraw(600), lambda: accounts[0].withdraw(1000),
               lambda: accounts[2].deposit(-1)]:
    try:
        action()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
print(Account.opened(), Savings.opened(), Savings.interest, accounts[0].interest)
print(sorted(accounts, key=lambda a: a.balance)[0].owner, sum(a.balance for a in accounts))
