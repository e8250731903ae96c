"""How complete the translations are: the interface catalogues and the content fields."""

from django.core.management.base import BaseCommand, CommandError

from coalition.content_catalogue import (
    content_status,
    interface_status,
    percent,
    target_languages,
)
from coalition.translation_state import summary


class Command(BaseCommand):
    help = (
        "Print, for each language, how complete the interface (locale/*.po) and the content "
        "(by model and field) are. With --fail-under, exit with an error when the interface "
        "or the content's short fields are less complete than that percentage."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            action="append",
            choices=target_languages(),
            help="Only this language (may be repeated). Default: every language.",
        )
        parser.add_argument(
            "--fail-under",
            type=float,
            metavar="PERCENT",
            help="Fail when the interface or the short content fields are below PERCENT.",
        )

    def handle(self, *args, language=None, fail_under=None, **options):
        languages = language or target_languages()
        statuses = content_status(languages)
        width = max(len(status.label) for status in statuses) + 2
        header = "".join(f"{code:>16}" for code in languages)

        self.stdout.write("Interface (locale/<language>/LC_MESSAGES/django.po)")
        interface = {code: interface_status(code) for code in languages}
        self.stdout.write(f"  {'':<{width}}{header}")
        self.stdout.write(
            f"  {'messages':<{width}}"
            + "".join(f"{self._cell(*interface[code]):>16}" for code in languages)
        )

        totals = {}
        for short, title in (
            (True, "Content, short fields (names, titles, abbreviations, summaries)"),
            (False, "Content, long texts (may fall back to English, marked as such)"),
        ):
            group = [status for status in statuses if status.short == short]
            self.stdout.write("")
            self.stdout.write(title)
            self.stdout.write(f"  {'model.field':<{width}}{header}")
            for status in group:
                cells = "".join(
                    f"{self._cell(status.translated[code], status.total):>16}" for code in languages
                )
                self.stdout.write(f"  {status.label:<{width}}{cells}")
            totals[short] = {
                code: (
                    sum(status.translated[code] for status in group),
                    sum(status.total for status in group),
                )
                for code in languages
            }
            cells = "".join(f"{self._cell(*totals[short][code]):>16}" for code in languages)
            self.stdout.write(f"  {'all':<{width}}{cells}")

        self.stdout.write("")
        self.stdout.write(
            "Content, as the admin's translation overview counts it (a name marked "
            "'no translation needed' is done; an outdated translation is not)"
        )
        self.stdout.write(f"  {'':<{width}}{'done':>16}{'missing':>10}{'outdated':>10}")
        for language in summary(languages):
            self.stdout.write(
                f"  {language.code:<{width}}{self._cell(language.done, language.total):>16}"
                f"{language.missing:>10}{language.outdated:>10}"
            )

        if fail_under is None:
            return
        failures = []
        for code in languages:
            for what, (done, total) in (
                ("interface", interface[code]),
                ("short content fields", totals[True][code]),
            ):
                if percent(done, total) < fail_under:
                    failures.append(f"{code} {what} {percent(done, total):.1f}%")
        if failures:
            raise CommandError(f"Below {fail_under:g}%: " + ", ".join(failures))
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Every language is at {fail_under:g}% or more."))

    @staticmethod
    def _cell(done, total):
        return f"{done}/{total} {percent(done, total):5.1f}%"
