from .kept import dataclass_functions_kept

with dataclass_functions_kept():
    from .cli.main import main

raise SystemExit(main())
