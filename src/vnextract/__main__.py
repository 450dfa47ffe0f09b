"""``python -m vnextract`` works like the ``vnextract`` command."""

from vnextract.cli import main

if __name__ == "__main__":
    main()
