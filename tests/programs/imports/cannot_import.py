from _plain import public, absent
