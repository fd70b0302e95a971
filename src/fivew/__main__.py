"""``python -m fivew``: the same as the ``fivew`` command."""

from fivew.cli import main

if __name__ == "__main__":
    main()
