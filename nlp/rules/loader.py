"""YAML rule packs -> a validated, compiled, immutable :class:`RuleSet`.

Every problem is reported as ``file:line: rule id: field: what is wrong``: the YAML is
composed first so that each pydantic error location can be mapped back to the line
of the node it names. A pack with any error is rejected whole and ``load_rules``
raises; nothing global changes, so whatever ruleset the caller holds stays in force.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml
from pydantic import ValidationError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..errors import field_path
from .compiler import CompiledRules, compile_rules
from .schema import Pack, Rule


@dataclass(frozen=True, slots=True)
class RuleError:
    """One problem in one pack; never carries message text."""

    file: str
    line: int  # 1-based; 0 when the file could not be read at all
    rule_id: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        parts = [f"{self.file}:{self.line}"]
        if self.rule_id:
            parts.append(self.rule_id)
        if self.field:
            parts.append(self.field)
        parts.append(self.message)
        return ": ".join(parts)


class RuleLoadError(Exception):
    """Raised when any pack fails validation; ``errors`` lists every problem found."""

    def __init__(self, errors: list[RuleError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors) or "rule packs failed to load")


@dataclass(frozen=True, slots=True)
class PackInfo:
    """Where a pack came from and which version of it is in force."""

    name: str
    version: int
    file: str
    sha256: str


@dataclass(frozen=True, slots=True)
class RuleSource:
    """Lines of a rule and of each of its examples, for reports."""

    file: str
    line: int
    example_lines: Mapping[tuple[str, int], int] = field(default_factory=dict)  # (match|no_match, i) -> line


@dataclass(frozen=True)
class RuleSet:
    """Validated rules plus their compiled matchers; immutable once loaded.

    ``version`` is a hash of the pack contents, so two processes with the same packs
    report the same version and a reload that changed nothing is recognisable.
    """

    rules: tuple[Rule, ...]
    packs: tuple[PackInfo, ...]
    version: str
    sources: Mapping[str, RuleSource]
    compiled: CompiledRules = field(repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.rules)

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id (KeyError when there is none)."""
        return self.compiled.rules[self.compiled.index[rule_id]]


# --- YAML ---------------------------------------------------------------------------


def _yaml12_bools(loader: type) -> type:
    """Resolve only true/false as booleans: ``no``/``yes``/``on``/``off`` stay words.

    Rule packs are full of words like "no" (negators, phrases); YAML 1.1 would turn
    them into booleans and the pattern would be rejected or never match.
    """
    loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL_TAG]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader.add_implicit_resolver(_BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    return loader


_BOOL_TAG = "tag:yaml.org,2002:bool"


@_yaml12_bools
class _PyLoader(yaml.SafeLoader):
    """Pure-Python parser: its error texts are the ones reported (same everywhere)."""


@_yaml12_bools
class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml when available (about 10x faster), with the same node marks."""


#: Largest pack file (the API takes the same per pack); a pack is rules, not data.
MAX_PACK_BYTES = 1_000_000


def _shared_node(root: Node | None) -> Node | None:
    """The first node reached twice: an alias. Walks each node once, so it is linear."""
    seen: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        n = stack.pop()
        if id(n) in seen:
            return n
        seen.add(id(n))
        if isinstance(n, MappingNode):
            for k, v in n.value:
                stack.extend((k, v))
        elif isinstance(n, SequenceNode):
            stack.extend(n.value)
    return None


def _parse_yaml(text: str, file: str, loader_cls: type = _Loader) -> tuple[Node | None, Any, list[RuleError]]:
    """Compose, refuse aliases, then construct; every parser exception becomes a RuleError.

    Aliases are refused before anything walks the tree: a 342-byte "billion laughs"
    pack otherwise costs minutes in the walks that follow, and packs never need them.
    """
    loader = None
    try:
        loader = loader_cls(text)  # the pure-Python reader checks characters here
        node = loader.get_single_node()
        shared = _shared_node(node)
        if shared is not None:
            line = shared.start_mark.line + 1
            return None, None, [RuleError(file, line, None, None, "YAML anchors and aliases are not allowed in rule packs")]
        data = loader.construct_document(node) if node is not None else None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, max(0, exc.position)) + 1
        ch = exc.character
        code = ord(ch) if isinstance(ch, str) and len(ch) == 1 else ch if isinstance(ch, int) else None
        what = f"character U+{code:04X}" if code is not None else "character"
        return None, None, [RuleError(file, line, None, None, f"invalid YAML: unacceptable {what} (control characters are not allowed)")]
    except yaml.MarkedYAMLError as exc:
        if loader_cls is not _PyLoader:  # libyaml words its errors differently: report the portable text
            return _parse_yaml(text, file, _PyLoader)
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = exc.problem or "invalid YAML"
        if exc.context:
            where = f" at line {exc.context_mark.line + 1}" if exc.context_mark else ""
            problem = f"{problem} ({exc.context}{where})"
        return None, None, [RuleError(file, line, None, None, f"invalid YAML: {problem}")]
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:  # not marked: report the file
        if loader_cls is not _PyLoader:
            return _parse_yaml(text, file, _PyLoader)
        return None, None, [RuleError(file, 1, None, None, f"invalid YAML: {type(exc).__name__}")]
    finally:
        if loader is not None:
            loader.dispose()
    return node, data, []


def _duplicate_keys(node: Node | None, file: str) -> list[RuleError]:
    """PyYAML keeps the last of two equal keys silently; a rule pack must not."""
    errors: list[RuleError] = []
    stack = [node] if node is not None else []
    while stack:
        n = stack.pop()
        if isinstance(n, MappingNode):
            seen: set[str] = set()
            for k, v in n.value:
                if isinstance(k, ScalarNode):
                    if k.value in seen:
                        errors.append(RuleError(file, k.start_mark.line + 1, None, k.value, "duplicate key"))
                    seen.add(k.value)
                stack.append(v)
        elif isinstance(n, SequenceNode):
            stack.extend(n.value)
    return sorted(errors, key=lambda e: e.line)


def _child(node: Node | None, part: str | int) -> tuple[Node | None, int | None]:
    """The child node named by one step of a location, and the line where it starts."""
    if isinstance(node, MappingNode) and isinstance(part, str):
        for k, v in node.value:
            if isinstance(k, ScalarNode) and k.value == part:
                return v, k.start_mark.line + 1
    elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        child = node.value[part]
        return child, child.start_mark.line + 1
    return None, None


def _line_of(root: Node, loc: Iterable[str | int]) -> int:
    """Line of the deepest node along ``loc`` that exists (a missing field: its parent)."""
    node: Node | None = root
    line = root.start_mark.line + 1
    for part in loc:
        node, child_line = _child(node, part)
        if node is None:
            break
        line = child_line or line
    return line


def _raw_rule_id(data: Any, index: int) -> str:
    try:
        rid = data["rules"][index]["id"]
    except (KeyError, IndexError, TypeError):
        rid = None
    return rid if isinstance(rid, str) and rid else f"rules[{index}]"


def _clean(msg: str) -> str:
    return msg.removeprefix("Value error, ").removeprefix("Assertion failed, ")


def _validation_errors(exc: ValidationError, root: Node, data: Any, file: str) -> list[RuleError]:
    errors = []
    for err in exc.errors(include_url=False, include_input=False):
        loc = tuple(err["loc"])
        line = _line_of(root, loc)
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
            rule_id, fld = _raw_rule_id(data, loc[1]), field_path(loc[2:]) or None
        else:
            rule_id, fld = None, field_path(loc) or None
        errors.append(RuleError(file, line, rule_id, fld, _clean(err["msg"])))
    return sorted(errors, key=lambda e: e.line)


def _sources(root: Node, pack: Pack, file: str) -> list[RuleSource]:
    out = []
    for i, rule in enumerate(pack.rules):
        ex_lines = {}
        for kind in ("match", "no_match"):
            for j in range(len(getattr(rule.examples, kind))):
                ex_lines[(kind, j)] = _line_of(root, ("rules", i, "examples", kind, j))
        out.append(RuleSource(file, _line_of(root, ("rules", i)), ex_lines))
    return out


def _load_pack(path: Path) -> tuple[Pack | None, list[RuleSource], bytes, list[RuleError]]:
    file = str(path)
    try:
        if path.stat().st_size > MAX_PACK_BYTES:
            return None, [], b"", [RuleError(file, 0, None, None, f"larger than {MAX_PACK_BYTES} bytes")]
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except OSError as exc:
        return None, [], b"", [RuleError(file, 0, None, None, f"cannot read: {exc.strerror or type(exc).__name__}")]
    except UnicodeDecodeError:
        return None, [], b"", [RuleError(file, 1, None, None, "not UTF-8")]
    root, data, errors = _parse_yaml(text, file)
    if errors:
        return None, [], raw, errors
    if root is None:
        return None, [], raw, [RuleError(file, 1, None, None, "empty file: expected a pack mapping")]
    if not isinstance(data, dict):
        return None, [], raw, [RuleError(file, root.start_mark.line + 1, None, None, "expected a mapping with pack, version, rules")]
    errors = _duplicate_keys(root, file)
    try:
        pack = Pack.model_validate(data)
    except ValidationError as exc:
        return None, [], raw, errors + _validation_errors(exc, root, data, file)
    if errors:
        return None, [], raw, errors
    return pack, _sources(root, pack, file), raw, []


# --- public API ---------------------------------------------------------------------


def default_rules_dir() -> Path:
    """The packs shipped with convowatch (``convowatch.rules`` package data)."""
    return Path(str(importlib.resources.files("convowatch.rules")))


def pack_files(dirs_or_files: str | Path | Iterable[str | Path]) -> list[Path]:
    """YAML files named directly or found (non-recursively) in the given directories."""
    items = [dirs_or_files] if isinstance(dirs_or_files, (str, Path)) else list(dirs_or_files)
    files: list[Path] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            files.extend(sorted(q for q in p.iterdir() if q.suffix in (".yaml", ".yml") and q.is_file()))
        else:
            files.append(p)
    return files


def load_rules(dirs_or_files: str | Path | Iterable[str | Path]) -> RuleSet:
    """Load, validate and compile rule packs.

    Args:
        dirs_or_files: a pack file, a directory of ``*.yaml``/``*.yml`` packs, or a list
            of either. A directory without packs gives an empty ruleset.

    Returns:
        An immutable :class:`RuleSet`.

    Raises:
        RuleLoadError: listing every problem in every pack; no partial ruleset is returned.
    """
    errors: list[RuleError] = []
    packs: list[tuple[Pack, PackInfo, bytes]] = []
    sources: dict[str, RuleSource] = {}
    pack_names: dict[str, str] = {}
    for path in pack_files(dirs_or_files):
        pack, src, raw, errs = _load_pack(path)
        if errs or pack is None:
            errors.extend(errs)
            continue
        file = str(path)
        if pack.pack in pack_names:
            errors.append(RuleError(file, 1, None, "pack", f"duplicate pack name; also in {pack_names[pack.pack]}"))
            continue
        dupes = []
        here: dict[str, RuleSource] = {}
        for rule, rule_src in zip(pack.rules, src):
            first = sources.get(rule.id) or here.get(rule.id)
            if first is not None:
                msg = f"duplicate rule id; first defined at {first.file}:{first.line}"
                dupes.append(RuleError(file, rule_src.line, rule.id, "id", msg))
            here.setdefault(rule.id, rule_src)
        if dupes:
            errors.extend(dupes)
            continue
        pack_names[pack.pack] = file
        sources.update(here)
        packs.append((pack, PackInfo(pack.pack, pack.version, file, hashlib.sha256(raw).hexdigest()), raw))
    if errors:
        raise RuleLoadError(errors)
    packs.sort(key=lambda p: p[0].pack)
    rules = tuple(rule for pack, _, _ in packs for rule in pack.rules)
    digest = hashlib.sha256()
    for pack, info, raw in packs:
        digest.update(pack.pack.encode() + b"\0" + hashlib.sha256(raw).digest())
    try:
        compiled = compile_rules(rules)
    except ValueError as exc:  # belt and braces: the schema already checked every pattern
        src = next(iter(sources.values()), RuleSource("?", 0))
        raise RuleLoadError([RuleError(src.file, 0, None, None, f"compile failed: {exc}")]) from None
    return RuleSet(
        rules=rules,
        packs=tuple(info for _, info, _ in packs),
        version=digest.hexdigest()[:16],
        sources=sources,
        compiled=compiled,
    )
