"""Domain errors: each names the thing, the bad value and what would be valid."""


class KgError(Exception):
    """A whole-run problem; the CLI prints it as one line and exits non-zero."""

    exit_code = 1


class CorpusError(KgError):
    """The corpus folder or one of its files cannot be used."""


class ModelError(KgError):
    """The spaCy pipeline named by ``--model`` cannot be loaded."""


class OntologyError(KgError):
    """A data file in the ontology folder is missing or malformed."""


class GraphFileError(KgError):
    """A graph file given to ``kg evaluate`` or ``kg query`` cannot be read."""


class QueryError(KgError):
    """A SPARQL query is malformed or asks for something refused."""


class ExportError(KgError):
    """The graph cannot be exported as asked (unknown format, predicate or actor type)."""
