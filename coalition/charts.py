"""The members page's world map and membership growth chart, as context for templates.

Both are drawn as inline SVG by templates/includes/world_map.html and growth_chart.html:
no JavaScript, nothing fetched. The functions here only do the arithmetic.
"""

import functools
import json
import math
from pathlib import Path

from .models import MembershipStatus
from .models.common import FOUNDING_YEAR, current_year

WORLD_MAP_DATA = Path(__file__).resolve().parent / "data" / "world_map.json"


@functools.cache
def world_map_data():
    """The country shapes of coalition/data/world_map.json, read once per process."""
    return json.loads(WORLD_MAP_DATA.read_text(encoding="utf-8"))


def world_map(states, members_as_data=False):
    """Context for includes/world_map.html.

    `states` are the MemberStates to show (members, observers and former members alike,
    so pass only published ones). Every country gets a shape, with its `state` or None;
    the states whose country is too small to see get a marker as well. The states' shapes
    and markers come in the order of `states`, which is the order of the map's links.
    With `members_as_data`, the map also writes the coalition with its member states as
    structured data (coalition/structured_data.py): the home page's map does, the members
    page's does not (it is the heaviest page, and lists them as text).
    """
    data = world_map_data()
    by_code = {state.country.code: state for state in states}
    position = {code: index for index, code in enumerate(by_code)}
    shapes = [
        {
            "code": code,
            "d": path,
            "state": by_code.get(code),
            # A state with a marker is linked from the marker, not also from a sliver of land.
            "marker": code in data["points"],
        }
        for code, path in data["countries"].items()
    ]
    if data.get("other"):
        shapes.append({"code": "", "d": data["other"], "state": None, "marker": False})
    shapes.sort(key=lambda shape: position.get(shape["code"], -1))
    markers = [
        {"code": code, "x": x, "y": y, "state": by_code[code]}
        for code, (x, y) in data["points"].items()
        if code in by_code
    ]
    markers.sort(key=lambda marker: position[marker["code"]])
    return {
        "viewBox": data["viewBox"],
        "shapes": shapes,
        # The land of every other country, as one path: the template then loops over the
        # coalition's states only (drawing the map is most of the members page's work).
        "land": "".join(shape["d"] for shape in shapes if shape["state"] is None),
        "state_shapes": [shape for shape in shapes if shape["state"] is not None],
        "markers": markers,
        # The member states (not observers or former members), in the order given.
        "members_as_data": [state for state in states if state.status_in_coalition == "member"]
        if members_as_data
        else None,
    }


def is_member_at_end_of(state, year):
    """Whether a state counted as a member on 31 December of `year` (observers never do)."""
    if state.status_in_coalition == MembershipStatus.OBSERVER:
        return False
    has_left = state.year_left is not None and state.year_left <= year
    return state.year_joined <= year and not has_left


def membership_rows(states, until=None):
    """For each year from the founding to `until` (this year): count, who joined, who left.

    The states that joined or left in a year are listed in the order given.
    """
    states = [state for state in states if state.status_in_coalition != MembershipStatus.OBSERVER]
    return [
        {
            "year": year,
            "count": sum(is_member_at_end_of(state, year) for state in states),
            "joined": [state for state in states if state.year_joined == year],
            "left": [state for state in states if state.year_left == year],
        }
        for year in range(FOUNDING_YEAR, (until or current_year()) + 1)
    ]


def tick_step(largest, most_ticks=5):
    """A round step (1, 2, 5, 10, 20, 50…) that covers `largest` in at most `most_ticks`."""
    magnitude = 1
    while True:
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            if math.ceil(largest / step) <= most_ticks:
                return step
        magnitude *= 10


def tidy(number):
    """A coordinate to one decimal, and a whole number without its ".0"."""
    number = round(number, 1)
    return int(number) if number == int(number) else number


# The chart's plane, in SVG user units. Labels sit in the margins: the axis's numbers
# at the start side, counts above the bars, years below. Both sides get the same margin
# so that mirroring for right-to-left languages keeps everything inside.
SLOT = 36  # the width of one year
BAR = 24  # the width of its bar
SIDE = 36
TOP = 28
PLOT_HEIGHT = 180
BOTTOM = 36


def membership_growth(states, until=None):
    """Context for includes/growth_chart.html: the table's rows and the bars' geometry.

    Each bar has its x for left-to-right pages and `x_rtl` for right-to-left ones, where
    time runs from right to left; the template picks one.
    """
    rows = membership_rows(states, until)
    max_count = max((row["count"] for row in rows), default=0)
    step = tick_step(max(max_count, 1))
    top_value = step * math.ceil(max(max_count, 1) / step)
    width = 2 * SIDE + SLOT * len(rows)
    baseline = TOP + PLOT_HEIGHT

    def height_of(count):
        return tidy(PLOT_HEIGHT * count / top_value)

    bars = []
    for index, row in enumerate(rows):
        x = SIDE + SLOT * index + (SLOT - BAR) // 2
        bar_height = height_of(row["count"])
        bars.append(
            {
                **row,
                "x": x,
                "x_rtl": width - x - BAR,
                "center": x + BAR // 2,
                "center_rtl": width - x - BAR // 2,
                "y": tidy(baseline - bar_height),
                "count_y": tidy(baseline - bar_height - 6),
                "height": bar_height,
                # On narrow screens only every fifth year is labelled.
                "major": index % 5 == 0,
            }
        )
    ticks = [
        {"value": value, "y": tidy(baseline - height_of(value))}
        for value in range(0, top_value + 1, step)
    ]
    return {
        "rows": rows,
        "bars": bars,
        "ticks": ticks,
        "max_count": max_count,
        "first_year": rows[0]["year"] if rows else None,
        "last_year": rows[-1]["year"] if rows else None,
        "width": width,
        "height": baseline + BOTTOM,
        "bar_width": BAR,
        "baseline": baseline,
        "axis_start": SIDE,
        "axis_end": width - SIDE,
        "year_y": baseline + 6,
        "tick_label_x": SIDE - 6,
        "tick_label_x_rtl": width - SIDE + 6,
    }
