"""Does a tuned encoder help the window head when the head trains on out-of-fold embeddings? A head-only screen on the validation writer.

Why this screen exists (session 12, docs/model-card.md): with the encoder's top three
layers tuned on every train message (``convowatch train --tune-encoder-layers 3``), the
head trains on embeddings of texts whose labels the encoder has just fitted (tuning loss
0.09), leans on them, and does worse on a writer it never read: head only on ``v2_val``
0.958 / 0.883 / 0.951 against the frozen encoder's 0.972 / 0.916 / 0.924 (with the
decision; head-only folders below). The lexical channel met the same problem and is
trained on out-of-fold probabilities; this script does the same for the embeddings:

1. the encoder is tuned once per train fold (writers; corpus v1 spread over them by
   hash, :func:`~convowatch.nlp.model.lexical.fold_keys`) without that fold, and each
   train text is embedded by the tuning that did not read it (a text in several folds
   by the first one's);
2. a head is trained on those embeddings (``--no-decision``; dev texts are embedded by
   the full tuning) and saved with the full tuning as its encoder, as it would ship;
3. ``convowatch eval --ablation`` on ``v2_val`` compares its model-only AUPRC with a
   frozen head-only folder's (``convowatch train ... --no-decision``).

Criterion (stated in the commit before the run): the arm goes on to a full run (the
decision's fold heads need the same treatment) only if its model-only mean over the three
categories beats the frozen head-only folder's by >= 0.005 with no category down by more
than 0.01. About 35 min on 2 cores (eight tunings of three layers).

Result (session 13, 38 min; ``benchmarks/results/encoder_tuning_oof.json``): **failed**. Model-only
AUPRC on ``v2_val`` 0.949 / 0.841 / 0.861 (mean 0.884) against the frozen head's 0.956 / 0.832 /
0.924 (0.904). A likely reason: eight separately tuned encoders do not share one embedding
space (each tuning moves the top layers its own way, and only their throw-away classifiers
agree), so the head learns from a mix of eight spaces and is applied in a ninth; out-of-fold
probabilities, as the lexical channel uses, share one scale, embeddings do not.

    python benchmarks/encoder_tuning_oof.py --out-model /tmp/head_oof --cache-dir /tmp/cwc_oof
"""

from __future__ import annotations

import argparse
import hashlib
import time
from dataclasses import replace
from pathlib import Path
from typing import Sequence

import numpy as np

from convowatch.nlp.analyzer import AnalyzerConfig
from convowatch.nlp.model.data import read_corpus
from convowatch.nlp.model.encoder import TransformerEncoder, resolve_encoder_path
from convowatch.nlp.model.encoder_tuning import EncoderTuning, materialise, save_tuned, texts_and_targets, tune_top_layers
from convowatch.nlp.model.lexical import fold_keys
from convowatch.nlp.model.train import TrainConfig, train
from convowatch.nlp.model.windows import normalized_text

ROOT = Path(__file__).resolve().parents[1] / "data" / "synthetic"


class OutOfFoldEncoder:
    """Serves precomputed out-of-fold embeddings, and the full tuning's for any other text."""

    def __init__(self, table: dict[str, np.ndarray], full: TransformerEncoder, name: str) -> None:
        self.table, self.full, self.name, self.dim = table, full, name, full.dim
        self.max_length = full.max_length

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), np.float32)
        missing = [i for i, t in enumerate(texts) if t not in self.table]
        for i, t in enumerate(texts):
            if t in self.table:
                out[i] = self.table[t]
        if missing:
            out[missing] = self.full.encode([texts[i] for i in missing])
        return out


def _targets(convs) -> tuple[list[str], np.ndarray]:
    acfg = AnalyzerConfig()
    return texts_and_targets(convs, lambda t: normalized_text(t, acfg))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, action="append",
                    default=None, help="train corpora (default: corpus v1 and v2 train, as shipped)")
    ap.add_argument("--dev", type=Path, default=ROOT / "v2_dev.jsonl.gz")
    ap.add_argument("--out-model", type=Path, required=True, help="head-only folder to write")
    ap.add_argument("--cache-dir", type=Path, required=True, help="tunings and embeddings are kept here")
    ap.add_argument("--layers", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=2)
    args = ap.parse_args()
    train_paths = args.train or [ROOT / "train.jsonl.gz", ROOT / "v2_train.jsonl.gz"]
    convs = [c for p in train_paths for c in read_corpus(p)]
    keys = fold_keys(convs)
    acfg = AnalyzerConfig()
    base = resolve_encoder_path(None)
    tuning = EncoderTuning(layers=args.layers, epochs=args.epochs)
    args.cache_dir.mkdir(parents=True, exist_ok=True)

    def tuned_encoder(name: str, subset) -> TransformerEncoder:
        folder = args.cache_dir / f"tuning-{name}"
        if not (folder / "encoder_tuned.safetensors").is_file():
            t0 = time.time()
            texts, y = _targets(subset)
            save_tuned(folder, tune_top_layers(texts, y, base, tuning), tuning)
            print(f"tuned without {name}: {len(texts)} texts, {time.time() - t0:.0f} s", flush=True)
        return TransformerEncoder(materialise(base, folder / "encoder_tuned.safetensors", args.cache_dir / "encoders"))

    full = tuned_encoder("nothing", convs)
    table: dict[str, np.ndarray] = {}
    for k in sorted(set(keys)):
        enc = tuned_encoder(k, [c for c, kk in zip(convs, keys) if kk != k])
        mine = sorted({normalized_text(m.text, acfg) for c, kk in zip(convs, keys) if kk == k for m in c.messages} - set(table))
        for t, e in zip(mine, enc.encode(mine)):
            table[t] = e
        print(f"fold {k}: {len(mine)} texts embedded out of fold", flush=True)
    digest = hashlib.sha256("|".join(str(full.path.name) + k for k in sorted(set(keys))).encode()).hexdigest()[:12]
    oof = OutOfFoldEncoder(table, full, name=f"oof-{digest}")
    cfg = replace(TrainConfig(), fit_decision=False, encoder=str(full.path))
    train(train_paths, args.dev, args.out_model, cfg, encoder=oof, show_progress=False, cache_dir=args.cache_dir)
    print(f"wrote {args.out_model}: evaluate with convowatch eval --corpus data/synthetic/v2_val.jsonl.gz "
          f"--model {args.out_model} --ablation", flush=True)


if __name__ == "__main__":
    main()
