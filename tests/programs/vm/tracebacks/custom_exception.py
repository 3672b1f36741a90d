class ValidationError(Exception):
    pass


def validate(age):
    if age < 0:
        raise ValidationError("age must be non-negative")
    return age


validate(5)
validate(-1)
