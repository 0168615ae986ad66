"""``manage.py mask_pii FILE... [--in-place | --output DIR] [--allow-file F]`` (P11.2).

Masks personal information in UTF-8 text files with the same masker that runs on posts
before publication, and prints how many values of each type were masked per file and in
total (types and counts only, never the values). Without ``--in-place`` or ``--output``
the masked text goes to standard output and the counts to standard error.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from marquee.privacy.pii import ENTITIES, AllowList, mask_text


class Command(BaseCommand):
    help = "Mask personal information (RRN, phones, e-mails, cards, accounts, names …) in files."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files")
        dest = parser.add_mutually_exclusive_group()
        dest.add_argument("--in-place", action="store_true", help="overwrite each file")
        dest.add_argument("--output", metavar="DIR",
                          help="write masked copies into DIR (same file names)")
        parser.add_argument("--allow-file", metavar="F",
                            help="catalogue names never to mask (cast, crew, characters, "
                                 "theatres), one per line")

    def handle(self, *args, files, in_place, output, allow_file, **options):
        allow = AllowList(_read_allow(allow_file)) if allow_file else AllowList()
        out_dir = Path(output) if output else None
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
        paths = [Path(f) for f in files]
        for p in paths:
            if not p.is_file():
                raise CommandError(f"not a file: {p}")
        if out_dir is not None:
            names = [p.name for p in paths]
            dupes = {n for n in names if names.count(n) > 1}
            if dupes:
                raise CommandError(f"several input files share a name: {', '.join(sorted(dupes))}")
        report = self.stdout if (in_place or out_dir) else self.stderr
        total: Counter[str] = Counter()
        for path in paths:
            try:
                with open(path, encoding="utf-8", newline="") as fh:  # keep line endings
                    text = fh.read()
            except UnicodeDecodeError as exc:
                raise CommandError(f"{path}: not UTF-8 text") from exc
            result = mask_text(text, allow=allow)
            if in_place:
                _atomic_write(path, result.text)
            elif out_dir is not None:
                _atomic_write(out_dir / path.name, result.text)
            else:
                sys.stdout.write(result.text)
                sys.stdout.flush()
            total.update(result.counts)
            report.write(f"{path}: {_format(result.counts)}")
        if len(paths) > 1:
            report.write(f"total: {_format(total)}")


def _format(counts) -> str:
    if not counts:
        return "nothing masked"
    order = {e: i for i, e in enumerate(ENTITIES)}
    parts = [f"{e}={counts[e]}" for e in sorted(counts, key=lambda e: order.get(e, 99))]
    return f"{sum(counts.values())} masked (" + ", ".join(parts) + ")"


def _read_allow(path: str) -> list[str]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CommandError(f"cannot read allow file {path}: {exc}") from exc
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def _atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
