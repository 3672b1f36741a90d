WHERE = 'source file'
