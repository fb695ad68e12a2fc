"""The rule engine: YAML packs -> validated, compiled rules -> signals (docs/rules.md).

Importing this package registers the ``rules.v1`` detector factory.
"""

from .check import PackCheck, check_packs
from .engine import RuleEngine, RuleEvaluation, make_rule_engine
from .examples import ExampleResult, run_examples
from .loader import PackInfo, RuleError, RuleLoadError, RuleSet, default_rules_dir, load_rules

__all__ = [
    "ExampleResult",
    "PackCheck",
    "PackInfo",
    "RuleEngine",
    "RuleError",
    "RuleEvaluation",
    "RuleLoadError",
    "RuleSet",
    "check_packs",
    "default_rules_dir",
    "load_rules",
    "make_rule_engine",
    "run_examples",
]
