"""Arabic dates and numbers as the UN's Arabic pages write them, in Western digits.

Django's own Arabic formats put a comma before the year ("12 فبراير، 2026"), write the
time on a 12-hour clock with ص/م, and have no date-and-time format, so that the admin fell
back to the American order ("أغسطس 1, 2013, ظهراً"). Here: "12 فبراير 2026",
"12 فبراير 2026، 14:30", and the decimal point of Arabic text in Western digits ("1.5",
not "1,5", which reads as two numbers beside the Arabic comma).

The short date keeps Django's right-to-left marks, so that day, month and year read from
right to left in their usual order."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
TIME_FORMAT = "H:i"
SHORT_DATE_FORMAT = "d\u200f/m\u200f/Y"
SHORT_DATETIME_FORMAT = "d\u200f/m\u200f/Y، H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
