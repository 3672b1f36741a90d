class Config:
    def __init__(self, values):
        self.port = int(values["port"])


Config({"port": "80"})
Config({"port": "eighty"})
