"""What only makes ``kg build`` fast, or spreads it over processes: never what it finds.

Each module here can be left out with the files unchanged, and ``kg build --plain``
(or ``KG_PLAIN=1``, see :func:`kg.plain_requested`) leaves out all of them: the
build then loads the model with plain ``spacy.load``, runs spaCy's own components,
extracts in one process and writes the files there, and keeps nothing but the
extraction cache. A test builds corpora both ways and compares the bytes.

* :mod:`~kg.speed.imports` -- spaCy imported without its command-line interface;
  entry points looked up by group
* :mod:`~kg.speed.tokenizer` -- the model's tokenizer built once (``kg.LoadedTokenizer.v1``)
* :mod:`~kg.speed.matchers` -- index-based stand-ins for spaCy's ``Matcher``
* :mod:`~kg.speed.ruler` -- a stand-in for spaCy's ``EntityRuler``, its index kept in the cache folder
* :mod:`~kg.speed.components` -- stand-ins for the model's ``attribute_ruler`` and ``lemmatizer``
* :mod:`~kg.speed.loader` -- the fast pipeline: all of the above
* :mod:`~kg.speed.knowledge` -- the parsed knowledge base kept in the cache folder, read lazily
* :mod:`~kg.speed.files` -- marshal files in the cache folder
* :mod:`~kg.speed.geo` -- the GeoNames index kept in the cache folder
* :mod:`~kg.speed.fragments` -- the writers' text for each actor and relation, kept
* :mod:`~kg.speed.engines` -- worker processes, the background parser of a rebuild
* :mod:`~kg.speed.dask_engine` -- a Dask cluster (``--engine dask``)
* :mod:`~kg.speed.writers` -- the four files written by forked processes at once
* :mod:`~kg.speed.memory` -- garbage collection paused while the graph is built and written
* :mod:`~kg.speed.exit` -- the ``kg`` process ends without the interpreter's teardown

Nothing here is imported on the plain path, and importing this package imports nothing.
"""
