"""The one exception type the command line turns into a one-line message and exit code 2."""


class FactcheckError(Exception):
    """A usage, configuration or input error, worded for the person who ran the command.

    The message names the file (and line, where there is one) it is about.
    """
