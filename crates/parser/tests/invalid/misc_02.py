class A(object) pass
