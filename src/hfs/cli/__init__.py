"""The ``hfs`` command line: thin shells over the domain packages, one module per group."""
