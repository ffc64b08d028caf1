"""The `factcheck` command line: run, extract, refresh, serve.

User mistakes (a missing file, a bad date, an unknown source) end in one line on
stderr and exit status 2, never a traceback; progress goes to stderr as log lines.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck import paths

if TYPE_CHECKING:
    from factcheck.schema import Article

log = logging.getLogger("factcheck")

SOURCE_MODES = ("snapshot", "live")


class UserError(Exception):
    """A mistake in what the user asked for: reported in one line, exit status 2."""


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vocabulary",
        metavar="FILE",
        action="append",
        default=[],
        help="extra vocabulary TOML (entities, metrics); may repeat; extends the packaged one",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="only print errors")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Extract numeric claims about organisations from articles and check them "
        "against cited, dated public figures.",
        epilog="Example: factcheck run data/raw/articles/top-10-companies-using-python.txt "
        "--published 2020-02-01",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    run = sub.add_parser(
        "run",
        help="fact-check articles: report, GX validation and processed CSVs",
        description="Fact-check one or more articles (files or http(s) URLs) as a Prefect flow. "
        "Writes data/processed/{claims,figures,checks}.csv and a run folder under reports/ "
        "with report.md, report.html, GX results and Data Docs; reports/latest points to it.",
    )
    run.add_argument("articles", nargs="+", metavar="ARTICLE", help="a text/HTML file or a URL")
    run.add_argument(
        "--published",
        type=_date,
        metavar="DATE",
        help="article publication date (YYYY-MM-DD); overrides the article's own",
    )
    run.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="folder for run folders and the `latest` pointer (default: reports/)",
    )
    run.add_argument(
        "--processed",
        type=Path,
        metavar="DIR",
        help="folder for the processed CSVs (default: data/processed/)",
    )
    run.add_argument(
        "--sources",
        choices=SOURCE_MODES,
        default="snapshot",
        help="snapshot: offline curated figures (default); live: Wikidata and SEC "
        "EDGAR first, falling back to the snapshot per figure",
    )
    run.add_argument(
        "--reference-dir",
        type=Path,
        metavar="DIR",
        help="folder of reference figure CSVs (default: data/raw/reference/)",
    )
    run.add_argument(
        "--no-prefect",
        action="store_true",
        help="run the same stages without Prefect (no flow run is recorded)",
    )
    _add_common(run)

    extract = sub.add_parser(
        "extract",
        help="extract numeric claims only",
        description="Extract the numeric claims of articles to CSV (the columns of claims.csv) "
        "or JSON.",
    )
    extract.add_argument(
        "articles", nargs="+", metavar="ARTICLE",
        help="a text/HTML file, a URL, or - for standard input",
    )
    extract.add_argument(
        "--out", type=Path, metavar="FILE",
        help="where to write (default, or -: standard output)",
    )
    extract.add_argument("--format", choices=("csv", "json"), default="csv")
    extract.add_argument("--published", type=_date, metavar="DATE", help="publication date")
    _add_common(extract)

    refresh = sub.add_parser(
        "refresh",
        help="fetch live figures and write a new dated snapshot",
        description="Fetch live figures (Wikidata, SEC EDGAR) for every entity in the vocabulary "
        "and write a new dated snapshot CSV beside the curated one. Needs network access.",
    )
    refresh.add_argument(
        "--out", type=Path, metavar="DIR", help="snapshot folder (default: data/raw/reference/)"
    )
    _add_common(refresh)

    serve = sub.add_parser(
        "serve",
        help="run fact-checks on a schedule (needs a Prefect server)",
        description="Serve the fact-check flow with a cron schedule. Schedules need a running "
        "Prefect server: start one with `prefect server start` and set PREFECT_API_URL.",
    )
    serve.add_argument("articles", nargs="+", metavar="ARTICLE", help="a text/HTML file or a URL")
    serve.add_argument("--cron", default="0 6 * * *", help="cron schedule (default: daily 06:00)")
    serve.add_argument("--sources", choices=SOURCE_MODES, default="snapshot")
    _add_common(serve)
    return parser


def _quiet_prefect() -> None:
    """Prefect offline and quiet: state inside the project, no telemetry, warnings only."""
    os.environ.setdefault("PREFECT_HOME", str(paths.project_root() / ".prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


def _date_line(result: dict) -> str:
    given = [d for d in result["published"] if d]
    if given:
        return f"published {', '.join(sorted(set(given)))}"
    inferred = result.get("published_inferred")
    if inferred:
        return f"date unknown; written no earlier than {inferred} (newest figure it quotes)"
    return "date unknown (give it with --published YYYY-MM-DD)"


def _print_result(result: dict) -> None:
    counts = ", ".join(f"{n} {v}" for v, n in result["verdicts"].items() if n) or "no claims"
    latest = Path(result["run_dir"]).parent / "latest"
    processed = Path(next(iter(result["processed"].values()))).parent
    lines = [
        f"factcheck: {result['claims']} claims checked: {counts}",
        f"  article:   {_date_line(result)}",
        f"  report:    {_shown(result['report_html'])}",
        f"             (also {_shown(latest)}/report.html and report.md)",
        f"  CSVs:      {_shown(processed)}/{{claims,figures,checks}}.csv (see README.md there)",
    ]
    if result.get("data_docs"):
        status = (
            "passed"
            if result["validation_success"]
            else (f"{len(result['discrepancies'])} discrepancies flagged")
        )
        lines.append(f"  GX:        {status}; Data Docs {_shown(result['data_docs'])}")
    first_sentence = result["sources_note"].split(". ")[0].rstrip(".")
    lines.append(f"  figures:   {first_sentence}.")
    print("\n".join(lines))


def cmd_run(args: argparse.Namespace) -> int:
    from factcheck import pipeline

    options = pipeline.RunOptions(
        published=args.published,
        sources=args.sources,
        reports_dir=args.out,
        processed_dir=args.processed,
        reference_dir=args.reference_dir,
        vocabulary_files=tuple(args.vocabulary),
    )
    _check_inputs(args)
    if args.no_prefect:
        result = dataclasses.asdict(pipeline.check_articles(args.articles, options))
    else:
        _quiet_prefect()
        from flows.fact_check import fact_check_articles

        # The one-line error below says what went wrong; Prefect's own traceback of a
        # failed run would repeat it at length. Bugs still surface: main() does not
        # catch them, and the flow run's failed state is recorded in Prefect.
        for name in ("prefect.flow_runs", "prefect.task_runs"):
            logging.getLogger(name).setLevel(logging.CRITICAL)

        result = fact_check_articles(
            articles=list(args.articles),
            published=args.published,
            sources=args.sources,
            reports_dir=str(args.out) if args.out else None,
            processed_dir=str(args.processed) if args.processed else None,
            reference_dir=str(args.reference_dir) if args.reference_dir else None,
            vocabulary_files=list(args.vocabulary),
        )
    if not args.quiet:
        _print_result(result)
    return 0


def _check_inputs(args: argparse.Namespace) -> None:
    """Fail fast, before any flow starts, on inputs that cannot work."""
    for article in args.articles:
        if "://" in article and not article.startswith(("http://", "https://")):
            raise UserError(f"only http(s) URLs can be read: {article}")
        if "://" not in article and not Path(article).is_file():
            raise UserError(f"article not found: {article}")
    _vocabulary(args)


def cmd_extract(args: argparse.Namespace) -> int:
    from factcheck import tables
    from factcheck.articles import read_article
    from factcheck.extract import extract_many
    from factcheck.runs import atomic_write_text

    if args.articles.count(STDIN) > 1:
        raise UserError("standard input (-) can be read only once")
    articles = [
        _stdin_article(args.published) if a == STDIN else read_article(a, published=args.published)
        for a in args.articles
    ]
    claims = extract_many(articles, _vocabulary(args))
    if args.format == "json":
        records = [dataclasses.asdict(c) for c in claims]
        text = json.dumps(records, indent=2, ensure_ascii=False, default=date.isoformat) + "\n"
    else:
        text = tables.to_csv_text(tables.to_frame("claims", claims), "claims")
    if args.out and str(args.out) != STDIN:
        atomic_write_text(args.out, text)
        if not args.quiet:
            print(
                f"factcheck: {len(claims)} claims from {len(articles)} article(s) -> {args.out}",
                file=sys.stderr,
            )
    else:
        sys.stdout.write(text)
    return 0


STDIN = "-"


def _stdin_article(published: date | None) -> Article:
    """The article piped in (`curl ... | factcheck extract -`), read as a file would be."""
    from factcheck.articles import stream_to_article

    return stream_to_article(
        sys.stdin.buffer, "stdin", published=published, name="standard input"
    )


def cmd_refresh(args: argparse.Namespace) -> int:
    from factcheck.sources import refresh_snapshot

    path = refresh_snapshot(_vocabulary(args), folder=args.out)
    print(f"factcheck: new snapshot written to {path}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    _quiet_prefect()
    if not os.environ.get("PREFECT_API_URL"):
        raise UserError(
            "schedules need a Prefect server: run `prefect server start` in another terminal, "
            "then `export PREFECT_API_URL=http://127.0.0.1:4200/api` and try again"
        )
    from flows.fact_check import serve_on_schedule

    _check_inputs(args)
    serve_on_schedule(list(args.articles), args.cron, args.sources, list(args.vocabulary))
    return 0


def _vocabulary(args: argparse.Namespace):
    from factcheck.vocabulary import load_vocabulary

    return load_vocabulary(args.vocabulary)


COMMANDS = {"run": cmd_run, "extract": cmd_extract, "refresh": cmd_refresh, "serve": cmd_serve}


def _user_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that mean the input was wrong, not that factcheck is broken."""
    from factcheck.articles import ArticleError
    from factcheck.vocabulary import VocabularyError

    errors: list[type[BaseException]] = [
        UserError,
        ArticleError,
        VocabularyError,
        FileNotFoundError,
    ]
    try:
        from factcheck.sources import SourceError

        errors.append(SourceError)
    except ImportError:  # pragma: no cover - sources is part of the package
        pass
    return tuple(errors)


def _log_progress(quiet: bool) -> None:
    """Progress lines from factcheck's own logger only; libraries keep their own levels."""
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("factcheck: %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.WARNING if quiet else logging.INFO)
    log.propagate = False


def _shown(path: str | Path) -> str:
    """A path as the user would type it: relative to the current folder when inside it."""
    path = Path(path)
    try:
        return str(Path(os.path.abspath(path)).relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _log_progress(quiet=args.quiet)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except _user_errors() as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
