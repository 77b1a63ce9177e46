"""factcheck: claim-level fact-consistency checking for corpora of news articles.

Data flows one way, each stage a pure function of its input and the rules:
corpus -> extract -> reconcile -> compare -> report.
"""

__version__ = "0.1.0"
