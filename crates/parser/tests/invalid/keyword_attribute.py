x.True
