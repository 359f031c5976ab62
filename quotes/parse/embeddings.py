"""The models' token embeddings, worked out once for each distinct row of features in a batch.

A spaCy ``Tok2Vec`` (the ``tok2vec`` pipe's, and the one inside ``ner``) starts from features of each
token alone: hashes of its norm, prefix, suffix and shape (and, in the shared one, two flags). The
embedding step looks each hash up in a table and mixes the vectors with a maxout layer: a matrix
product of 384 or 576 columns a token, a quarter to a third of what the whole ``Tok2Vec`` computes. Only the
encoding after it reads a token's neighbours.

Word forms repeat in news prose (in batches of 16 PolNeAR articles, 3 tokens in 4 repeat a row of
features already seen), so :func:`embed_distinct_rows` gives every such embedding step a forward pass
that embeds each distinct row of features once and copies the result to the tokens that share it. The
vectors are the same bit for bit: a row of a matrix product does not depend on the other rows of the
batch, and the layer normalisation after it works row by row (``tests/parse/test_embeddings.py``
compares the arrays). Training (``is_train``) takes the model's own path; the layers, their weights and
the serialised model are unchanged: only the node that chains them gets the new forward pass.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy
from spacy.language import Language
from thinc.api import Model
from thinc.layers.chain import forward as chain_forward
from thinc.types import Ragged

#: The name of a replaced node; also how a second call knows it.
NODE_NAME = "embed_distinct_rows"
#: The layers of the embedding step of spaCy's ``MultiHashEmbed``, by the start of their names.
_LAYOUT = ("extract_features", "list2ragged", "with_array(", "with_array(maxout", "ragged2list")


def _is_embedding_step(node: Model) -> bool:
    """Whether ``node`` chains feature extraction, hash tables, the maxout mix and back to a list."""
    names = [layer.name for layer in node.layers]
    return (
        len(names) == len(_LAYOUT)
        and all(name.startswith(start) for name, start in zip(names, _LAYOUT, strict=True))
        and "hashembed" in names[2]
    )


def _forward(model: Model, docs: list[Any], is_train: bool) -> tuple[list[Any], Callable[..., Any]]:
    """Embed the distinct rows of features of ``docs`` once each; in training, the chain's own pass."""
    if is_train:
        return chain_forward(model, docs, is_train)
    extract, to_ragged, tables, mix, to_list = model.layers
    features: Ragged = to_ragged.predict(extract.predict(docs))
    if features.dataXd.shape[0] == 0:
        return chain_forward(model, docs, is_train)
    rows, inverse = numpy.unique(features.dataXd, axis=0, return_inverse=True)
    distinct = Ragged(rows, model.ops.asarray1i([rows.shape[0]]))
    vectors = mix.predict(tables.predict(distinct)).dataXd
    embedded = to_list.predict(Ragged(vectors[inverse.reshape(-1)], features.lengths))

    def backprop(_: Any) -> Any:  # never called: inference only (training takes the chain's pass)
        raise NotImplementedError("embed_distinct_rows is an inference pass")

    return embedded, backprop


def _distinct_rows_node(node: Model) -> Model:
    """A node with ``node``'s layers, dimensions, references and attributes, and :func:`_forward`."""
    replacement: Model = Model(
        NODE_NAME,
        _forward,
        layers=list(node.layers),
        dims={name: node.maybe_get_dim(name) for name in node.dim_names},
        refs={name: node.get_ref(name) if node.has_ref(name) else None for name in node.ref_names},
        attrs=dict(node.attrs),
    )
    return replacement


def embed_distinct_rows(nlp: Language) -> int:
    """Give every embedding step of ``nlp``'s models the forward pass of this module.

    Models without spaCy's ``MultiHashEmbed`` layout are left as they are, and a second call changes
    nothing.

    Returns:
        How many embedding steps were given it.
    """
    replaced = 0
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if not isinstance(model, Model):
            continue
        for node in list(model.walk()):
            if node.name != NODE_NAME and _is_embedding_step(node):
                if model.replace_node(node, _distinct_rows_node(node)):
                    replaced += 1
    return replaced
