"""French dates as French typography writes them: "12 février 2026", "12 février 2026 à
14:30". The first day of a month is an ordinal, "1ᵉʳ janvier", which a Django format cannot
say: the public pages write dates with coalition.languages.format_date (the `local_date`
filter), which does."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = r"j F Y \à H:i"
TIME_FORMAT = "H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
FIRST_DAY_OF_WEEK = 1  # Monday
