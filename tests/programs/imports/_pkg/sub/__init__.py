print("init _pkg.sub", __name__, __package__)
from . import deep
from .deep import value
from .. import top
from ..leaf import leaf_name
