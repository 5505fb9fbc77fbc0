"""Read the Dockerfile and .dockerignore as Docker does, for the tests (no Docker engine here).

`parse` splits a Dockerfile into instructions (line continuations, comments, exec-form JSON),
`stages` groups them by FROM, `DockerIgnore` answers whether a context path is sent to the
builder with the rules of Docker's pattern matcher (last matching pattern wins, `!` re-includes,
a pattern matching a parent directory matches everything below it).
"""

from __future__ import annotations

import json
import os
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Instruction:
    keyword: str  # upper case: FROM, RUN, COPY, ...
    value: str  # the rest of the (joined) line
    line: int  # 1-based line where it starts

    @property
    def exec_form(self) -> list[str] | None:
        """The JSON array of ENTRYPOINT/CMD/RUN/SHELL in exec form, else None."""
        if not self.value.startswith("["):
            return None
        parsed = json.loads(self.value)
        if not isinstance(parsed, list) or not all(isinstance(a, str) for a in parsed):
            raise ValueError(f"line {self.line}: {self.keyword} is not a JSON list of strings")
        return parsed

    @property
    def words(self) -> list[str]:
        return shlex.split(self.value, comments=False, posix=True)


@dataclass
class Stage:
    base: str  # the FROM image, ARGs resolved
    name: str | None
    instructions: list[Instruction] = field(default_factory=list)

    def all(self, keyword: str) -> list[Instruction]:
        return [i for i in self.instructions if i.keyword == keyword]

    def last(self, keyword: str) -> Instruction | None:
        found = self.all(keyword)
        return found[-1] if found else None

    def env(self) -> dict[str, str]:
        """ENV of this stage in `KEY=value ...` form (the only form the Dockerfile uses)."""
        env: dict[str, str] = {}
        for instruction in self.all("ENV"):
            for word in instruction.words:
                key, sep, value = word.partition("=")
                if not sep:
                    raise ValueError(f"line {instruction.line}: use ENV KEY=value")
                env[key] = value
        return env


def parse(text: str) -> list[Instruction]:
    instructions: list[Instruction] = []
    buffer: list[str] = []
    start = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not buffer and (not stripped or stripped.startswith("#")):
            continue  # blank line, comment or parser directive
        if buffer and stripped.startswith("#"):
            continue  # comments inside a continued instruction are dropped, as Docker does
        if not buffer:
            start = number
        if stripped.endswith("\\"):
            buffer.append(stripped[:-1].strip())
            continue
        buffer.append(stripped)
        joined = " ".join(part for part in buffer if part)
        keyword, _, value = joined.partition(" ")
        instructions.append(Instruction(keyword.upper(), value.strip(), start))
        buffer = []
    if buffer:
        raise ValueError("the Dockerfile ends inside a continued instruction")
    return instructions


_VARIABLE = re.compile(r"\$\{(\w+)\}|\$(\w+)")


def substitute(value: str, variables: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        return variables.get(name, match.group(0))

    return _VARIABLE.sub(replace, value)


def stages(instructions: list[Instruction]) -> list[Stage]:
    """Stages in order; FROM images resolved with the ARG defaults declared before the first."""
    global_args: dict[str, str] = {}
    result: list[Stage] = []
    for instruction in instructions:
        if instruction.keyword == "FROM":
            words = instruction.words
            image = substitute(words[0], global_args)
            name = words[2] if len(words) >= 3 and words[1].upper() == "AS" else None
            result.append(Stage(image, name))
        elif not result:
            if instruction.keyword == "ARG":
                key, _, default = instruction.value.partition("=")
                global_args[key.strip()] = default.strip().strip('"')
        else:
            result[-1].instructions.append(instruction)
    return result


def apt_packages(run: Instruction) -> list[str]:
    """Names (versions stripped) of the packages an `apt-get install` in this RUN installs."""
    packages: list[str] = []
    for command in re.split(r"&&|;|\|\|", run.value):
        words = shlex.split(command)
        if words[:2] != ["apt-get", "install"]:
            continue
        packages += [w.split("=", 1)[0] for w in words[2:] if not w.startswith("-")]
    return packages


def _pattern_regex(pattern: str) -> re.Pattern[str]:
    regex = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            regex += "(?:.*/)?"
            i += 3
        elif pattern.startswith("**", i):
            regex += ".*"
            i += 2
        elif pattern[i] == "*":
            regex += "[^/]*"
            i += 1
        elif pattern[i] == "?":
            regex += "[^/]"
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i:]:
            end = pattern.index("]", i)
            regex += pattern[i : end + 1]
            i = end + 1
        else:
            regex += re.escape(pattern[i])
            i += 1
    return re.compile(regex + r"\Z")


@dataclass(frozen=True)
class _Rule:
    regex: re.Pattern[str]
    negated: bool
    text: str


class DockerIgnore:
    def __init__(self, text: str) -> None:
        self.rules: list[_Rule] = []
        for raw in text.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            negated = line.startswith("!")
            pattern = os.path.normpath(line.removeprefix("!").strip()).lstrip("/")
            self.rules.append(_Rule(_pattern_regex(pattern), negated, pattern))

    def is_ignored(self, path: str) -> bool:
        """Whether the context path (relative, `/`-separated) is left out of the build context."""
        parts = path.strip("/").split("/")
        candidates = ["/".join(parts[: n + 1]) for n in range(len(parts))]
        ignored = False
        for rule in self.rules:
            if any(rule.regex.match(candidate) for candidate in candidates):
                ignored = not rule.negated
        return ignored

    def _may_reinclude_below(self, directory: str) -> bool:
        return any(r.negated and r.text.startswith(directory + "/") for r in self.rules)

    def context_files(self, root: Path) -> Iterator[str]:
        """Every file of `root` that goes into the build context, as relative paths."""
        for current, dirs, files in os.walk(root):
            rel_dir = os.path.relpath(current, root)
            prefix = "" if rel_dir == "." else rel_dir + "/"
            dirs[:] = [
                d
                for d in dirs
                if not self.is_ignored(prefix + d) or self._may_reinclude_below(prefix + d)
            ]
            for name in files:
                if not self.is_ignored(prefix + name):
                    yield prefix + name
