"""Shared helpers for the tests/test_model_*.py files.

A tiny randomly initialised BERT (1 layer, 32 wide) saved to a temp folder stands in
for "any local Hugging Face encoder path", so model tests run in seconds; only one
slow test loads the real MiniLM. The tokenizer files are the MiniLM's own (a real
WordPiece vocabulary), copied next to the tiny weights.
"""

from __future__ import annotations

import json
import random
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from convowatch.nlp.model.encoder import default_encoder_path

TOKENIZER_FILES = ("vocab.txt", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")


def make_tiny_bert(folder: Path, seed: int = 0) -> Path:
    """Save a 1-layer, 32-wide random BERT with the MiniLM tokenizer to ``folder``."""
    import torch
    from transformers import BertConfig, BertModel

    folder.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(seed)
    cfg = BertConfig(vocab_size=30522, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=128)
    BertModel(cfg).save_pretrained(str(folder))
    src = default_encoder_path()
    for name in TOKENIZER_FILES:
        shutil.copy(src / name, folder / name)
    return folder


# Words for an easy synthetic signal: grooming conversations turn to secrecy at the onset,
# bullying ones to insults; benign ones talk about games and school throughout.
BENIGN = ["did you finish the homework", "that match was fun", "see you at practice", "what game tonight",
          "my dog is so lazy today", "lunch was pizza again", "the bus was late", "nice goal earlier"]
GROOMING_LINES = ["keep this a secret from your parents", "delete our chat ok", "dont tell anyone about us",
                  "our secret just between us"]
BULLYING_LINES = ["you are so stupid and ugly", "nobody likes you loser", "everyone hates you idiot"]


def write_tiny_corpus(path: Path, n: int = 48, seed: int = 0, length: int = 8) -> Path:
    """Write a small labelled corpus (docs/formats.md) with an easy, learnable signal."""
    rng = random.Random(seed)
    t0 = datetime(2026, 3, 1, 18, 0, tzinfo=timezone.utc)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            kind = ("grooming", "bullying", "benign", "benign")[i % 4]
            onset = rng.randrange(2, length - 2, 2) if kind != "benign" else None  # an "a" turn
            msgs = []
            for k in range(length):
                sender = "a" if k % 2 == 0 else "b"
                if onset is not None and k >= onset and sender == "a":
                    text = rng.choice(GROOMING_LINES if kind == "grooming" else BULLYING_LINES)
                    lab = {"grooming": "isolation_secrecy"} if kind == "grooming" else {"bullying": "insult"}
                else:
                    text, lab = rng.choice(BENIGN), None
                m = {"message_id": f"m{k}", "sender_id": f"{sender}{i}",
                     "ts": (t0 + timedelta(minutes=3 * k + i)).isoformat().replace("+00:00", "Z"), "text": text}
                if lab:
                    m["labels"] = lab
                msgs.append(m)
            rec = {"conversation_id": f"c{i}",
                   "labels": {"grooming": int(kind == "grooming"), "bullying": int(kind == "bullying"), "self_harm": 0},
                   "messages": msgs}
            if onset is not None:
                rec["onset"] = {kind: onset}
            fh.write(json.dumps(rec) + "\n")
    return path


def train_tiny(root: Path, seed: int = 7, epochs: int = 30, rules=None, out_name: str = "model", decision: bool = False,
               window_lexical: bool = False, decision_extra_features: tuple[str, ...] = (), **extra):
    """Train a small head on the tiny corpus with the tiny BERT; returns (TrainResult, encoder folder)."""
    from convowatch.nlp.model.train import TrainConfig, train

    enc_dir = root / "tiny-bert"
    if not enc_dir.exists():
        make_tiny_bert(enc_dir)
    tr = root / "train.jsonl"
    dv = root / "dev.jsonl"
    if not tr.exists():
        write_tiny_corpus(tr, n=48, seed=1)
        write_tiny_corpus(dv, n=24, seed=2)
    cfg = TrainConfig(seed=seed, epochs=epochs, batch_size=32, hidden=32, window=6, lr=1e-2, dropout=0.1,
                      weight_decay=1e-4, encoder=str(enc_dir), fit_decision=decision,
                      encoder_backend=None, window_lexical=window_lexical,
                      decision_extra_features=decision_extra_features, **extra)
    return train(tr, dv, root / out_name, cfg, rules=rules, show_progress=False), enc_dir
