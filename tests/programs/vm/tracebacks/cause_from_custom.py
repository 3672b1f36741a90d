class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"bad config value {text!r}") from exc

def main():
    return load("12") + load("x1")

main()
