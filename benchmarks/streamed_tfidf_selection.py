"""Does the streamed TF-IDF baseline, read as a decision feature, help? Selected out of writer and on the validation writer, never on test.

Session 14 scored the TF-IDF baseline the way the analyzer is scored, message by message
(``tfidf_streamed`` in ``convowatch eval --baselines``). Streamed, it is still ahead of
convowatch on the test writer (0.993 / 0.943 / 0.963 against 0.981 / 0.928 / 0.951) and
behind it on the validation writer (0.934 / 0.885 / 0.955 against 0.978 / 0.929 / 0.959):
the two views may be complementary. This script asks whether the decision gains from
it before any thought is spent on keeping it in the service (the baseline needs the
conversation's n-gram counts, which the service does not keep, so a positive screen
would be followed by a bounded sketch of them, measured again).

The column: the baseline's probability of the conversation so far, after each message
(:meth:`~convowatch.nlp.baselines.TfidfBaseline.prefix_probabilities`), fitted, for each
fold, on the corpus-v2 train conversations of every other writer (the baseline's own
train data, minus the held writer). It goes in the context block of the replay rows, so
the decision reads it as ``ctx_top`` (its decaying peak) and ``ctx_mean`` (the running
mean of its logit).

Evidence and criterion as ``context_lexical_selection.py`` (session 11's bar), stated here
and committed before the run: keep an arm when (a) its mean held AUPRC over the seven
train writers rises by at least 0.005 in one category and falls by no more than 0.002 in
any, and (b) its AUPRC on ``v2_val`` falls by no more than 0.002 in any category. Arms:
``ctx_top``; ``ctx_top`` and ``ctx_mean``.

    python benchmarks/streamed_tfidf_selection.py --cache-dir /tmp/cw/cache --model /tmp/cw/model

Both arms passed (session 14). The baseline needs the conversation's n-gram counts, which
the service does not keep, so ``--channel conversation-lexical`` runs the same screen, same
criterion (stated here and committed before that run), with the form the service can
stream (:mod:`convowatch.nlp.model.conversation_lexical`: two sums per category, fitted on
the same authored conversations, each fold's without its writer). Only that run decides
whether the channel goes to a retrain.

    python benchmarks/streamed_tfidf_selection.py --cache-dir /tmp/cw/cache --model /tmp/cw/model --channel conversation-lexical

That form missed the bar (+0.004 / +0.003 / +0.001). ``--channel window-exact`` screens a
third form, same criterion, stated here and committed before its run: the last 12
messages, which the window store holds as text anyway, as one exact bag (sublinear counts,
each block normalised as the baseline's), and only the messages older than the window
folded into the two sums (:func:`~convowatch.nlp.model.conversation_lexical.fit_window_exact_lexical`).
Most authored conversations are shorter than the window, so for them it is the baseline's
document on hashed n-grams. It is the third form of one idea judged on the same folds,
so a pass must also hold on ``v2_val`` (part b) to count.

    python benchmarks/streamed_tfidf_selection.py --cache-dir /tmp/cw/cache --model /tmp/cw/model --channel window-exact

It missed too (+0.004 / +0.003 / +0.001; alone on ``v2_val`` 0.905 / 0.884 / 0.947), which
looked like the baseline's pruning of rare n-grams was the missing piece.
``--channel window-exact-mindf2`` screens that (a fourth form; same criterion, stated here
and committed before its run; a pass must hold on ``v2_val`` too).

``--channel window-exact-mindf1`` (a column gets IDF 0 only when no training conversation
has it) was not planned: a first implementation of ``min_df`` applied that mask at the
default too, and a "rerun" of ``window-exact`` measured it, because this session's Python
imported the CI clone's editable install at the time. It gives +0.0047 / +0.0041 / +0.0009
(``v2_val`` +0.005 / +0.009 / +0.005) and, alone, 0.934 / 0.887 / 0.951: keeping n-grams
never seen in training out of the norm is most of what ``min_df=2`` buys. It is reported as
an observation, not a fifth screen.

    python benchmarks/streamed_tfidf_selection.py --cache-dir /tmp/cw/cache --model /tmp/cw/model --channel window-exact-mindf2

It missed by 0.0001 (+0.0049 / +0.0039 / +0.0010). **Replication, stated here and
committed before its run:** the same screen of the ``min_df=2`` form, same bar, on a new
cold run of the shipped recipe with ``--seed 14`` (new heads, a new replay sample of
every writer). It says whether the small gain is real on evidence the four forms were
not chosen on; the bar is not lowered. A pass there would be the case for wiring the
form into the service in a later pass; a miss ends this line.

    convowatch train ... --seed 14 --cache-dir /tmp/cw14/cache --out /tmp/cw14/model   # the shipped recipe otherwise
    python benchmarks/streamed_tfidf_selection.py --cache-dir /tmp/cw14/cache --model /tmp/cw14/model --seed 14 \
        --channel window-exact-mindf2 --out benchmarks/results/window_exact_mindf2_seed14_selection.json

It missed again: +0.0046 / +0.0040 / +0.0001 out of writer (``v2_val`` +0.004 / +0.011 /
+0.004). The line ends here.

Writes ``--out`` (default benchmarks/results/streamed_tfidf_selection.json, or
``conversation_lexical_selection.json`` / ``window_exact_selection.json`` /
``window_exact_mindf1_selection.json`` for the other channels).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from convowatch.nlp.analyzer import AnalyzerConfig, prepare_text
from convowatch.nlp.baselines import TfidfBaseline
from convowatch.nlp.decision import DEFAULT_FEATURES
from convowatch.nlp.model.data import read_corpus
from convowatch.nlp.model.conversation_lexical import (conversation_lexical_rows, fit_conversation_lexical,
                                                       fit_conversations, fit_window_exact_lexical, window_exact_rows)
from convowatch.nlp.model.decision_fit import (FoldReplay, append_context_block, fold_replays,
                                               replay_rows, with_conversation_lexical)
from convowatch.nlp.model.lexical import fold_keys
from convowatch.nlp.model.selection import screen, write_report
from convowatch.nlp.model.train import folder_fingerprint

ROOT = Path(__file__).resolve().parents[1] / "data" / "synthetic"
ARMS = {"defaults": list(DEFAULT_FEATURES), "with_tfidf_top": [*DEFAULT_FEATURES, "ctx_top"],
        "with_tfidf_top_mean": [*DEFAULT_FEATURES, "ctx_top", "ctx_mean"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache-dir", type=Path, required=True)
    ap.add_argument("--model", type=Path, default=Path(__file__).resolve().parents[1] / "nlp" / "model" / "default",
                    help="the folder of the training run that wrote --cache-dir (and whose v2_val replay is scored)")
    ap.add_argument("--train", type=Path, nargs="+", default=[ROOT / "train.jsonl.gz", ROOT / "v2_train.jsonl.gz"])
    ap.add_argument("--dev", type=Path, default=ROOT / "v2_dev.jsonl.gz")
    ap.add_argument("--val", type=Path, default=ROOT / "v2_val.jsonl.gz")
    ap.add_argument("--seed", type=int, default=13, help="the training run's seed (it picks the replayed sample)")
    ap.add_argument("--channel", choices=("tfidf", "conversation-lexical", "window-exact", "window-exact-mindf1", "window-exact-mindf2"), default="tfidf")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    args.out = args.out or Path(__file__).parent / "results" / (
        {"tfidf": "streamed_tfidf_selection.json", "conversation-lexical": "conversation_lexical_selection.json",
         "window-exact": "window_exact_selection.json", "window-exact-mindf1": "window_exact_mindf1_selection.json",
         "window-exact-mindf2": "window_exact_mindf2_selection.json"}[args.channel])
    min_df = {"window-exact-mindf1": 1, "window-exact-mindf2": 2}.get(args.channel, 0)

    train = [c for p in args.train for c in read_corpus(p)]
    dev = list(read_corpus(args.dev))
    val = list(read_corpus(args.val))
    folds = fold_keys(train)
    plain = fold_replays(train, dev, None, seed=args.seed, cache_dir=args.cache_dir,
                         fingerprint=folder_fingerprint(args.model))
    t0 = time.perf_counter()
    extended: dict[str, FoldReplay] = {}
    acfg = AnalyzerConfig()

    def prepare(t: str) -> str:
        return prepare_text(t, acfg).text

    if args.channel == "conversation-lexical":
        extended = {r.name: r for r in with_conversation_lexical(plain, train, prepare, seed=args.seed)}
    if args.channel.startswith("window-exact"):
        for r in plain:
            chan = fit_window_exact_lexical(fit_conversations([c for c, f in zip(train, folds) if f != r.name]),
                                            prepare, seed=args.seed, min_df=min_df)
            extended[r.name] = FoldReplay(r.name, r.train_conversations, r.held,
                                          window_exact_rows(chan, r.held, r.rows, prepare), r.targets)
    for r in plain if args.channel == "tfidf" else ():
        fit_on = [c for c, f in zip(train, folds) if f != r.name and c.meta.get("writer")]
        b = TfidfBaseline(seed=0).fit(fit_on)
        extended[r.name] = FoldReplay(r.name, r.train_conversations, r.held,
                                      append_context_block(r.rows, b.prefix_probabilities(r.held)), r.targets)
    print(f"{args.channel} columns for {len(extended)} folds: {time.perf_counter() - t0:.0f}s", flush=True)
    if args.channel == "tfidf":
        full = TfidfBaseline(seed=0).fit([c for c in train if c.meta.get("writer")])
        val_rows = append_context_block(replay_rows(val, args.model), full.prefix_probabilities(val))
    elif args.channel == "conversation-lexical":
        channel = fit_conversation_lexical(fit_conversations(train), prepare, seed=args.seed)
        val_rows = conversation_lexical_rows(channel, val, replay_rows(val, args.model), prepare)
    else:
        channel = fit_window_exact_lexical(fit_conversations(train), prepare, seed=args.seed, min_df=min_df)
        val_rows = window_exact_rows(channel, val, replay_rows(val, args.model), prepare)
    write_report(screen(extended, ARMS, val, val_rows), args.out, vars(args))


if __name__ == "__main__":
    main()
