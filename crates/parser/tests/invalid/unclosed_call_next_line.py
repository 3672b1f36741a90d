foo(a
bar
