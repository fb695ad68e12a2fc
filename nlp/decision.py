"""The conversation decision: a learned logistic model per category over running summaries.

Why not flag on the highest recent window probability (fusion's ``max`` mode)? Every
message of a benign conversation is then one more chance for one window to cross
``on``, so long benign chats get flagged (15.6% of the benign stream conversations
with the first lexical model), and one confident window weighs as much as a run of
them. The decision instead reads a handful of running summaries of the conversation
so far, each O(1) to update and a few floats to store:

* ``model_max``: the highest recent window probability (decaying), as before;
* ``model_avg``: the recent average window probability (a run of risky windows);
* ``model_cur``: the current window's probability;
* ``lex_mean``: the running mean of the lexical channel's logit over the conversation,
  forgetting with a half life of ``half_life_lexical`` messages (40): what a bag of
  words over the conversation sees, in one number;
* ``lex_top``: the highest recent lexical probability;
* ``rule``: the rule evidence score ``1 - exp(-evidence)``;
* ``wlex_cur`` / ``wlex_max``: the window-lexical channel's probability for the current
  window (one bag of words over its last W messages, :mod:`.model.window_lexical`) and
  its decaying peak: what the whole-conversation TF-IDF baseline sees, over the window;
* ``ctx_mean`` / ``ctx_top``: the running mean (half life ``half_life_lexical``) and
  decaying peak of the *context-lexical* channel's logit (:mod:`.model.context_lexical`):
  hashed n-grams fitted on conversation-context targets, every message of a risky
  conversation from its onset on, so that the target's "leave me alone", a bystander's
  "guys stop" and the topic around the risky lines count too, as they do for the
  whole-conversation TF-IDF baseline; not a default, see :data:`CONTEXT_FEATURES`;
* ``lex_x_model``: the lexical peak's log-odds times the window head's recent peak
  probability: a lexical spike counts for as much as the head agrees that the window is
  risky ("i dont want it anymore" about a game skin shares the n-grams of "i dont want
  to live anymore", and the head reads the whole window); not a default, see
  :data:`INTERACTION_FEATURES`;
* ``log_n``: how many messages the conversation has had (available, not used by
  default: see :data:`DEFAULT_FEATURES`);
* ``age_conj`` / ``age_adults_only`` / ``age_minor``: what the participants said about
  their ages (:mod:`.age_cues`): a declared minor and a declared adult, only adults,
  or a minor at all. The same words ("lets meet after work") are a date between two
  declared adults and a grooming move towards a declared 13-year-old.
* ``stage_peer_minors`` / ``stage_adults_only`` / ``stage_conj``: the same three questions
  asked of stated ages *and* the life stage each participant implies about themselves
  ("my mum would kill me", "after work"; :mod:`.life_stage`); not a default, see
  :data:`STAGE_FEATURES`.

Weights are fitted by :func:`fit_decision` on **out-of-writer** predictions (window
heads and lexical channels trained without the writer they score), so the decision
learns how far each view carries to phrasing it has not read. It is a linear model:
its weights are the explanation (each feature's contribution is reported).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from .categories import CATEGORIES, GROOMING

FEATURES: tuple[str, ...] = ("model_max", "model_avg", "model_cur", "lex_mean", "lex_top", "rule", "log_n",
                             "age_conj", "age_adults_only", "age_minor", "minor_x_model", "adults_x_model",
                             "wlex_cur", "wlex_max", "first_x_model", "first_x_lex", "lex_x_model", "ctx_mean", "ctx_top",
                             "stage_peer_minors", "stage_adults_only", "stage_conj")
#: The window-lexical features: fitted only when the replay rows carry the channel's column.
WINDOW_LEXICAL_FEATURES: tuple[str, ...] = ("wlex_cur", "wlex_max")
#: The context-lexical features: fitted only when the replay rows carry that channel's column.
CONTEXT_FEATURES: tuple[str, ...] = ("ctx_mean", "ctx_top")
#: What :func:`fit_decision` uses by default: every feature but ``log_n``. Fitted on
#: per-message targets, a length feature learns "later messages are more often after
#: the onset" (+1 log-odds per e-fold of length for grooming, out of writer), which
#: would let 300 benign messages out-score 10: the decision must not grow with length.
#: Features for a conversation's first message only (a comment, or an opener): the
#: window and lexical logits again, so that one-message threads can be weighed apart
#: from chats (tried in benchmarks/window_lexical_selection.py; not a default).
FIRST_MESSAGE_FEATURES: tuple[str, ...] = ("first_x_model", "first_x_lex")
#: The lexical channel gated by the window head (session 11; scored out of writer and on
#: the validation writer with benchmarks/decision_feature_selection.py, not selected).
INTERACTION_FEATURES: tuple[str, ...] = ("lex_x_model",)
#: Who is who from stated ages and implied life stages (:mod:`.life_stage`, session 23):
#: read from a stage block the replays get after they are cached (:func:`feature_matrix`).
STAGE_FEATURES: tuple[str, ...] = ("stage_peer_minors", "stage_adults_only", "stage_conj")
#: What ``convowatch train --decision-feature`` may add to the defaults (the window-lexical
#: features come with ``--window-lexical``, which fits their channel).
OPTIONAL_FEATURES: tuple[str, ...] = (*INTERACTION_FEATURES, *FIRST_MESSAGE_FEATURES, *STAGE_FEATURES)
DEFAULT_FEATURES: tuple[str, ...] = tuple(f for f in FEATURES if f != "log_n" and f not in WINDOW_LEXICAL_FEATURES
                                          and f not in FIRST_MESSAGE_FEATURES and f not in INTERACTION_FEATURES
                                          and f not in CONTEXT_FEATURES and f not in STAGE_FEATURES)
#: The stated-age features (:func:`convowatch.nlp.age_cues.age_features`), in row order.
AGE_FEATURES: tuple[str, ...] = ("age_conj", "age_adults_only", "age_minor")
#: Features only grooming's decision reads: stated ages say nothing about bullying or self-harm.
GROOMING_ONLY: frozenset[str] = frozenset(AGE_FEATURES + STAGE_FEATURES + ("minor_x_model", "adults_x_model"))

_EPS = 1e-4
#: L2 penalty on a refitted rule weight (:func:`refit_rule_weight`): negligible against
#: thousands of rows, enough to keep a perfectly separating rule finite
_RIDGE = 1e-2


def logit(p: float) -> float:
    """Log-odds, clipped so that 0 and 1 stay finite."""
    p = min(1.0 - _EPS, max(_EPS, float(p)))
    return math.log(p / (1.0 - p))


@dataclass(frozen=True)
class Running:
    """The running summaries of one category of one conversation (stored in fusion state)."""

    model_max: float = 0.0
    model_avg: float = 0.0  # exponential moving average, not yet corrected for its start
    lex_sum: float = 0.0  # decayed sum of lexical logits
    lex_w: float = 0.0  # decayed count of messages in lex_sum
    lex_top: float = 0.0
    n: int = 0
    p: float = 0.0  # the latest window probability
    wlex: float = 0.0  # the latest window-lexical probability
    wlex_top: float = 0.0  # its decaying peak
    ctx_sum: float = 0.0  # decayed sum of context-lexical logits
    ctx_w: float = 0.0  # decayed count of messages in ctx_sum
    ctx_top: float = 0.0  # decaying peak of the context-lexical probability

    def to_list(self) -> list[float]:
        """Seven values, two more when the window-lexical channel has spoken, and three more
        (after those two, 0 if silent) when the context-lexical one has: a model without
        them keeps the state it always had, byte for byte."""
        out = [round(x, 6) for x in (self.model_max, self.model_avg, self.lex_sum, self.lex_w, self.lex_top)] + [
            self.n, round(self.p, 6)]
        has_ctx = bool(self.ctx_w or self.ctx_top)
        if self.wlex or self.wlex_top or has_ctx:
            out += [round(self.wlex, 6), round(self.wlex_top, 6)]
        if has_ctx:
            out += [round(self.ctx_sum, 6), round(self.ctx_w, 6), round(self.ctx_top, 6)]
        return out

    @classmethod
    def from_list(cls, v: Sequence[float] | None) -> "Running":
        """Read :meth:`to_list`; a state saved before a channel existed reads as 0 there."""
        if not v:
            return cls()
        a, b, c, d, e, n, p, wl, wt, cs, cw, ct = (list(v) + [0.0] * 12)[:12]
        return cls(float(a), float(b), float(c), float(d), float(e), int(n), float(p), float(wl), float(wt),
                   float(cs), float(cw), float(ct))


class DecisionModel(BaseModel):
    """Weights of the conversation decision (``config.json: decision`` of a model folder).

    Args:
        features: feature names, a subset of :data:`FEATURES`, in weight order.
        weights: per category, one weight per feature.
        bias: per category intercept.
        half_life_model: messages over which ``model_max``/``model_avg`` halve.
        half_life_lexical: messages over which ``lex_mean``/``lex_top`` forget.
        fitted_on: what the weights were fitted on (folds, rows), for the model card.
    """

    model_config = ConfigDict(extra="forbid")

    features: list[str]
    weights: dict[str, list[float]]
    bias: dict[str, float]
    half_life_model: float = Field(6.0, gt=0)
    half_life_lexical: float = Field(40.0, gt=0)
    fitted_on: dict[str, object] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check(self) -> "DecisionModel":
        unknown = [f for f in self.features if f not in FEATURES]
        if unknown:
            raise ValueError(f"unknown decision features {unknown}; expected some of {list(FEATURES)}")
        for c in CATEGORIES:
            if c not in self.weights or c not in self.bias:
                raise ValueError(f"decision has no weights for category {c!r}")
            if len(self.weights[c]) != len(self.features):
                raise ValueError(f"decision weights for {c!r}: {len(self.weights[c])} values for {len(self.features)} features")
        return self

    # -- streaming -----------------------------------------------------------
    def step(self, r: Running, p: float, lexical: float | None, window_lexical: float | None = None,
             context: float | None = None) -> Running:
        """The summaries after one more message with window probability ``p``, lexical
        probability ``lexical``, window-lexical probability ``window_lexical`` and
        context-lexical probability ``context``."""
        dm = 0.5 ** (1.0 / self.half_life_model)
        dl = 0.5 ** (1.0 / self.half_life_lexical)
        lex_sum, lex_w, lex_top = r.lex_sum * dl, r.lex_w * dl, r.lex_top * dl
        if lexical is not None:
            lex_sum, lex_w, lex_top = lex_sum + logit(lexical), lex_w + 1.0, max(lex_top, float(lexical))
        wl = float(window_lexical) if window_lexical is not None else 0.0
        ctx_sum, ctx_w, ctx_top = r.ctx_sum * dl, r.ctx_w * dl, r.ctx_top * dl
        if context is not None:
            ctx_sum, ctx_w, ctx_top = ctx_sum + logit(context), ctx_w + 1.0, max(ctx_top, float(context))
        return Running(model_max=max(r.model_max * dm, float(p)), model_avg=r.model_avg * dm + (1.0 - dm) * float(p),
                       lex_sum=lex_sum, lex_w=lex_w, lex_top=lex_top, n=r.n + 1, p=float(p),
                       wlex=wl, wlex_top=max(r.wlex_top * dm, wl), ctx_sum=ctx_sum, ctx_w=ctx_w, ctx_top=ctx_top)

    def feature_values(self, r: Running, rule: float, ages: Mapping[str, float] | None = None) -> dict[str, float]:
        """Every feature of :data:`FEATURES` for the state after a message (``r`` already stepped).

        Args:
            ages: :func:`~convowatch.nlp.life_stage.participant_features` (or
                :func:`~convowatch.nlp.age_cues.age_features`) of the conversation so far;
                a feature it lacks reads 0.
        """
        dm = 0.5 ** (1.0 / self.half_life_model)
        corr = 1.0 - dm ** max(1, r.n)
        lex_top = logit(r.lex_top)
        return {
            **{f: float((ages or {}).get(f, 0.0)) for f in (*AGE_FEATURES, *STAGE_FEATURES)},
            "model_max": logit(r.model_max),
            "model_avg": logit(r.model_avg / corr),
            "model_cur": logit(r.p),
            "lex_mean": r.lex_sum / r.lex_w if r.lex_w > 0 else logit(_EPS),
            "lex_top": lex_top,
            "rule": float(rule),
            "log_n": math.log1p(r.n),
            # the conjunction itself: the window model's recent peak, only where a minor /
            # only adults are declared (an additive model cannot form "and" on its own)
            "minor_x_model": float((ages or {}).get("age_minor", 0.0)) * r.model_max,
            "adults_x_model": float((ages or {}).get("age_adults_only", 0.0)) * r.model_max,
            "first_x_model": logit(r.p) if r.n == 1 else 0.0,
            "first_x_lex": (r.lex_sum / r.lex_w if r.lex_w > 0 else logit(_EPS)) if r.n == 1 else 0.0,
            "lex_x_model": lex_top * r.model_max,
            "wlex_cur": logit(r.wlex),
            "wlex_max": logit(r.wlex_top),
            "ctx_mean": r.ctx_sum / r.ctx_w if r.ctx_w > 0 else logit(_EPS),
            "ctx_top": logit(r.ctx_top),
        }

    def contributions(self, category: str, values: Mapping[str, float]) -> dict[str, float]:
        """Each feature's share of the category's log-odds (weight x value)."""
        return {f: w * values[f] for f, w in zip(self.features, self.weights[category])}

    def probability(self, category: str, values: Mapping[str, float]) -> float:
        z = self.bias[category]
        for f, w in zip(self.features, self.weights[category]):
            if w:
                z += w * values[f]
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def row_base() -> int:
    """Columns every replay row has (:func:`feature_matrix`): conversation and message index,
    rule score, window and lexical probability per category, the stated-age features. The
    optional blocks (window-lexical, context-lexical, stage) follow in that order."""
    return 2 + 3 * len(CATEGORIES) + len(AGE_FEATURES)


def feature_matrix(model: DecisionModel, rows: np.ndarray) -> np.ndarray:
    """Replay per-message outputs into decision features, for fitting and evaluation.

    Args:
        rows: ``[n, 2 + 3 * len(CATEGORIES) + len(AGE_FEATURES)]`` float: conversation
            index, message index (0 starts a conversation), then per category the rule
            score, window probability and lexical probability, then the stated-age
            features after the message, then (optionally) the window-lexical
            probability per category, then (optionally, after a window-lexical block that
            may be all zeros) the context-lexical probability per category, then
            (optionally, after those two blocks, zeros where absent) the stage block:
            :data:`STAGE_FEATURES` after the message (:func:`append_stage_block`); rows of
            a conversation in order.

    Returns:
        ``[n, len(CATEGORIES), len(model.features)]``.
    """
    k = len(CATEGORIES)
    base = row_base()
    width = rows.shape[1] if rows.ndim == 2 else 0
    has_stage = width == base + 2 * k + len(STAGE_FEATURES)
    has_wlex = width >= base + k
    has_ctx = width >= base + 2 * k
    if not has_wlex and any(f in WINDOW_LEXICAL_FEATURES for f in model.features):
        raise ValueError(f"the decision reads {list(WINDOW_LEXICAL_FEATURES)} but the rows carry no window-lexical column")
    if not has_ctx and any(f in CONTEXT_FEATURES for f in model.features):
        raise ValueError(f"the decision reads {list(CONTEXT_FEATURES)} but the rows carry no context-lexical column")
    if not has_stage and any(f in STAGE_FEATURES for f in model.features):
        raise ValueError(f"the decision reads {list(STAGE_FEATURES)} but the rows carry no stage block")
    out = np.zeros((len(rows), k, len(model.features)), np.float64)
    state = [Running() for _ in range(k)]
    for i, row in enumerate(rows):
        if int(row[1]) == 0:
            state = [Running() for _ in range(k)]
        ages = dict(zip(AGE_FEATURES, (float(v) for v in row[base - len(AGE_FEATURES): base])))
        if has_stage:
            ages.update(zip(STAGE_FEATURES, (float(v) for v in row[base + 2 * k:])))
        for j in range(k):
            rule, p, lex = float(row[2 + j]), float(row[2 + k + j]), float(row[2 + 2 * k + j])
            state[j] = model.step(state[j], p, lex, float(row[base + j]) if has_wlex else None,
                                  float(row[base + k + j]) if has_ctx else None)
            vals = model.feature_values(state[j], rule, ages)
            out[i, j] = [vals[f] for f in model.features]
    return out


def append_stage_block(rows: np.ndarray, stage: np.ndarray) -> np.ndarray:
    """``rows`` with the stage block (:data:`STAGE_FEATURES` per row) appended, after zero
    window-lexical and context-lexical blocks where the rows carry none (a zero block
    steps the running summaries exactly as an absent channel does for every feature but
    those two channels' own, which a decision without the channel does not read)."""
    k = len(CATEGORIES)
    base = row_base()
    if rows.shape[1] not in (base, base + k, base + 2 * k):
        raise ValueError(f"rows have {rows.shape[1]} columns; expected {base}, {base + k} or {base + 2 * k} "
                         "(no stage block yet)")
    stage = np.asarray(stage, np.float64).reshape(-1, len(STAGE_FEATURES))
    if len(stage) != len(rows):
        raise ValueError(f"{len(stage)} stage rows for {len(rows)} rows")
    pad = np.zeros((len(rows), base + 2 * k - rows.shape[1]))
    return np.hstack([rows, pad, stage])


def message_probabilities(model: DecisionModel, rows: np.ndarray) -> np.ndarray:
    """The decision's probability per category at each replayed message, ``[n, k]``: what
    :class:`~convowatch.nlp.fusion.Fusion` scores there (rounded to 6 places as it does),
    rows as in :func:`feature_matrix`."""
    x = feature_matrix(model, rows)
    w = np.asarray([model.weights[c] for c in CATEGORIES], np.float64)  # [k, f]
    b = np.asarray([model.bias[c] for c in CATEGORIES], np.float64)
    z = np.clip(np.einsum("nkf,kf->nk", x, w) + b, -50.0, 50.0)
    return np.round(1.0 / (1.0 + np.exp(-z)), 6)


def conversation_max(model: DecisionModel, rows: np.ndarray) -> np.ndarray:
    """Each replayed conversation's highest decision probability per category, ``[n_conversations, k]``:
    :func:`message_probabilities` reduced to the conversation's highest, the score an
    operating point is chosen on."""
    if not len(rows):
        return np.zeros((0, len(CATEGORIES)), np.float64)
    starts = np.flatnonzero(rows[:, 1] == 0)
    return np.maximum.reduceat(message_probabilities(model, rows), starts, axis=0)


def _conversation_weights(rows: np.ndarray) -> np.ndarray:
    """Row weights under which every replayed conversation counts once (mean weight 1)."""
    starts = np.flatnonzero(rows[:, 1] == 0)
    lengths = np.diff(np.append(starts, len(rows)))
    return np.repeat(len(rows) / len(starts) / lengths, lengths)


def refit_rule_weight(model: DecisionModel, rows: np.ndarray, targets: np.ndarray,
                      per_conversation: bool = False, iterations: int = 50,
                      categories: Sequence[str] | None = None) -> DecisionModel:
    """Refit each category's ``rule`` weight and bias on ``rows``, every other weight held.

    Why: out-of-writer replays keep the window heads honest, but not the rules, which were
    written and checked against the train writers' dialogue; on those rows a rule hit is
    nearly always right, so the pooled fit leans on it (weights 9-11 log-odds before) and
    over-trusts it on someone else's phrasing. Rows of writers *no rule was written
    against* show what a hit is worth there; this refits just that weight (and the bias,
    so the other features keep their meaning) on them: a two-parameter logistic
    regression with the other features' contribution as a fixed offset, fitted by Newton
    steps with a backtracking line search from "the rule is worth nothing" (plain Newton
    overshoots from the pooled weight), with a small L2 penalty so that a rule that
    separates perfectly keeps a finite weight. ``categories`` limits the refit to those
    (None: every category with positives); the others keep the pooled weights.
    """
    x = feature_matrix(model, rows)
    ri = model.features.index("rule")
    sw = _conversation_weights(rows) if per_conversation and len(rows) else np.ones(len(rows))
    weights = {k: list(v) for k, v in model.weights.items()}
    bias = dict(model.bias)
    for j, ct in enumerate(CATEGORIES):
        y = targets[:, j].astype(np.float64)
        if y.min() == y.max() or (categories is not None and ct not in categories):
            continue
        w = np.asarray(model.weights[ct], np.float64)
        offset = x[:, j] @ w - w[ri] * x[:, j, ri]
        design = np.stack([x[:, j, ri], np.ones(len(y))], axis=1)
        mean = float(np.clip(np.average(y, weights=sw), 1e-4, 1 - 1e-4))
        beta = np.array([0.0, math.log(mean / (1 - mean)) - float(np.average(offset, weights=sw))])

        def loss(b: np.ndarray) -> float:
            z = np.clip(offset + design @ b, -50.0, 50.0)
            return float(np.sum(sw * (np.logaddexp(0.0, z) - y * z)) + 0.5 * _RIDGE * b[0] ** 2)

        current = loss(beta)
        for _ in range(iterations):
            p = 1.0 / (1.0 + np.exp(-np.clip(offset + design @ beta, -50.0, 50.0)))
            grad = design.T @ ((p - y) * sw) + np.array([_RIDGE * beta[0], 0.0])
            hess = (design * (p * (1.0 - p) * sw)[:, None]).T @ design + np.diag([_RIDGE, 1e-9])
            step = np.linalg.solve(hess, grad)
            t, trial = 1.0, beta - step
            trial_loss = loss(trial)
            while t > 1e-6 and trial_loss > current:  # backtrack until the loss does not grow
                t *= 0.5
                trial = beta - t * step
                trial_loss = loss(trial)
            beta, previous, current = trial, current, trial_loss
            if previous - current < 1e-10:
                break
        weights[ct][ri] = round(float(beta[0]), 6)
        bias[ct] = round(float(beta[1]), 6)
    return model.model_copy(update={"weights": weights, "bias": bias})


def fit_decision(rows: np.ndarray, targets: np.ndarray, features: Sequence[str] = DEFAULT_FEATURES,
                 half_life_model: float = 6.0, half_life_lexical: float = 40.0, c: float = 1.0,
                 fitted_on: dict[str, object] | None = None, per_conversation: bool = False) -> DecisionModel:
    """Fit one logistic regression per category on replayed per-message outputs.

    Args:
        rows: see :func:`feature_matrix`; they must be *out-of-writer* predictions.
        targets: ``[n, n_categories]`` 0/1: the conversation is risky in that category
            at this message (at or after its training onset).
        per_conversation: weight rows so that every conversation counts once, whatever
            its length: otherwise long chats (dozens of rows each) outvote one-comment
            threads, and the decision learns the long chats' habits only.
    """
    from sklearn.linear_model import LogisticRegression

    template = DecisionModel(features=list(features), weights={ct: [0.0] * len(features) for ct in CATEGORIES},
                             bias={ct: 0.0 for ct in CATEGORIES}, half_life_model=half_life_model,
                             half_life_lexical=half_life_lexical)
    x = feature_matrix(template, rows)
    sample_weight = _conversation_weights(rows) if per_conversation and len(rows) else None
    weights, bias = {}, {}
    for j, ct in enumerate(CATEGORIES):
        y = targets[:, j].astype(int)
        used = [i for i, f in enumerate(features) if ct == GROOMING or f not in GROOMING_ONLY]
        weights[ct] = [0.0] * len(features)
        if y.min() == y.max():
            bias[ct] = -10.0
            continue
        lr = LogisticRegression(C=c, max_iter=5000).fit(x[:, j, used], y, sample_weight=sample_weight)
        for i, w in zip(used, lr.coef_[0]):
            weights[ct][i] = round(float(w), 6)
        bias[ct] = round(float(lr.intercept_[0]), 6)
    return template.model_copy(update={"weights": weights, "bias": bias, "fitted_on": dict(fitted_on or {})})
