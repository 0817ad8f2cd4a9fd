"""What the package takes from ``typing`` at run time, without importing ``typing`` (some 16
million instructions a process, issue #20; ``from __future__ import annotations`` leaves every
annotation a string, so only these names are ever run).

A type checker reads ``typing``'s own names here (it takes any name ``TYPE_CHECKING`` as true),
so a module that imports them from here is checked as if it imported them from ``typing``. A run
gets what ``typing`` would have made:

* ``cast``, the value itself;
* ``NamedTuple`` as a base class, the class ``collections.namedtuple`` makes of the annotated
  fields (those given a value take it as their default), with the body's methods and docstring
  (as ``typing.NamedTuple`` makes it; its annotations are kept as the strings they are);
* ``TypedDict`` as a base class, a ``dict`` with the keys it declares (``__required_keys__``,
  ``__optional_keys__``, ``__total__``).
"""

from __future__ import annotations

from collections import namedtuple

TYPE_CHECKING = False  # (as ``typing.TYPE_CHECKING``: false at run time, true to a type checker)

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple, TypedDict as TypedDict, cast as cast
else:
    _OWN = frozenset({"__module__", "__name__", "__annotations__"})  # what the named tuple keeps its own

    def cast(typ, value, /):
        """``typing.cast``: the value itself."""
        return value

    class _NamedTupleType(type):
        """Makes ``class Name(NamedTuple)`` the named tuple ``typing.NamedTuple`` makes."""

        def __new__(mcs, name, bases, namespace):
            if not bases:  # (``NamedTuple`` itself)
                return super().__new__(mcs, name, bases, namespace)
            fields = dict(namespace.get("__annotations__", {}))
            defaults = [namespace[f] for f in fields if f in namespace]
            if any(f not in namespace for f in list(fields)[len(fields) - len(defaults):]):
                raise TypeError(f"{name}: a field with no default follows one with a default")
            made = namedtuple(name, fields, defaults=defaults, module=namespace["__module__"])
            made.__annotations__ = made.__new__.__annotations__ = fields
            for key, value in namespace.items():
                if key not in _OWN and key not in fields:
                    setattr(made, key, value)
            return made

    class NamedTuple(metaclass=_NamedTupleType):
        """A typed named tuple's base class (see the module's docstring)."""

    class TypedDict(dict):
        """A typed dict's base class (see the module's docstring)."""

        def __init_subclass__(cls, total=True, **kwargs):
            super().__init_subclass__(**kwargs)
            keys = frozenset(cls.__dict__.get("__annotations__", {}))
            cls.__total__ = total
            cls.__required_keys__, cls.__optional_keys__ = (keys, frozenset()) if total else (frozenset(), keys)
