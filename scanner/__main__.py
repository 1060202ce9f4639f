"""``python -m scanner``: the ``piiscan`` command line of this interpreter's scanner package."""

from scanner.commands import main

if __name__ == "__main__":
    main()
