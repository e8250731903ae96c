"""The members page's world map and growth chart: the numbers, the markup, and the map data."""

import json
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.utils import translation

from coalition import charts
from coalition.models import MembershipStatus, MemberState, Status
from tests.factories import MemberStateFactory

MEMBER = MembershipStatus.MEMBER
OBSERVER = MembershipStatus.OBSERVER
WITHDRAWN = MembershipStatus.WITHDRAWN


def state(country, joined, status=MEMBER, left=None):
    """An unsaved state: the chart's arithmetic needs no database."""
    return MemberState(
        country=country,
        slug=country.lower(),
        year_joined=joined,
        status_in_coalition=status,
        year_left=left,
    )


@pytest.fixture
def small_coalition():
    return [
        state("NL", 2011),
        state("CA", 2011),
        state("US", 2011, WITHDRAWN, left=2026),
        state("AU", 2015),
        state("TW", 2024, OBSERVER),
    ]


def codes(states):
    return [str(member.country) for member in states]


def test_growth_counts_members_at_each_year_end(small_coalition):
    rows = charts.membership_rows(small_coalition, until=2026)

    assert [row["year"] for row in rows] == list(range(2011, 2027))
    counts = {row["year"]: row["count"] for row in rows}
    assert counts == {
        **dict.fromkeys(range(2011, 2015), 3),
        **dict.fromkeys(range(2015, 2026), 4),
        2026: 3,
    }
    by_year = {row["year"]: row for row in rows}
    assert codes(by_year[2011]["joined"]) == ["NL", "CA", "US"]
    assert codes(by_year[2015]["joined"]) == ["AU"]
    assert codes(by_year[2026]["left"]) == ["US"]
    # The observer is neither counted nor listed as joining.
    assert by_year[2024]["joined"] == []
    assert all(row["left"] == [] for row in rows if row["year"] != 2026)


def test_growth_chart_geometry(small_coalition):
    growth = charts.membership_growth(small_coalition, until=2026)

    assert growth["max_count"] == 4
    assert (growth["first_year"], growth["last_year"]) == (2011, 2026)
    assert [tick["value"] for tick in growth["ticks"]] == [0, 1, 2, 3, 4]
    bars = growth["bars"]
    assert len(bars) == 16
    tallest = max(bar["height"] for bar in bars)
    assert [bar["height"] for bar in bars if bar["count"] == 4] == [tallest] * 11
    assert all(bar["y"] + bar["height"] == growth["baseline"] for bar in bars)
    # Right to left, time runs the other way: the bars are mirrored.
    for bar in bars:
        assert bar["x_rtl"] == growth["width"] - bar["x"] - growth["bar_width"]
    assert bars[0]["x"] < bars[-1]["x"]
    assert bars[0]["x_rtl"] > bars[-1]["x_rtl"]
    assert [bar["major"] for bar in bars[:6]] == [True, False, False, False, False, True]


@pytest.mark.parametrize(
    ("largest", "step"), [(1, 1), (4, 1), (6, 2), (15, 5), (42, 10), (230, 50)]
)
def test_tick_steps_are_round(largest, step):
    assert charts.tick_step(largest) == step


def test_growth_without_states_draws_an_empty_chart():
    growth = charts.membership_growth([], until=2012)
    assert [bar["count"] for bar in growth["bars"]] == [0, 0]
    assert growth["max_count"] == 0


def render_map(states):
    return render_to_string("includes/world_map.html", {"world_map": charts.world_map(states)})


def links(html):
    """The map's links to states (out of the tab order: tests/test_navigation.py)."""
    return re.findall(r'<a href="([^"]+)" tabindex="-1">', html)


@pytest.mark.django_db
def test_map_links_exactly_the_published_coalition_states():
    published = [
        MemberStateFactory(country="NL", slug="netherlands"),
        MemberStateFactory(country="MV", slug="maldives"),
        MemberStateFactory(country="TW", slug="taiwan", status_in_coalition=OBSERVER),
        MemberStateFactory(
            country="US", slug="united-states", status_in_coalition=WITHDRAWN, year_left=2026
        ),
    ]
    MemberStateFactory(country="CH", slug="switzerland", status=Status.DRAFT)

    world_map = charts.world_map(MemberState.objects.published())
    html = render_map(MemberState.objects.published())

    assert sorted(links(html)) == sorted(member.get_absolute_url() for member in published)
    linked = {shape["code"] for shape in world_map["shapes"] if shape["state"]}
    assert linked == {"NL", "MV", "TW", "US"} - set(charts.world_map_data()["points"])
    assert "<title>Netherlands</title>" in html
    assert "<title>Taiwan (observer)</title>" in html
    assert "(former member)</title>" in html
    assert 'class="world-map__observer"' in html
    assert 'class="world-map__withdrawn"' in html
    # The Maldives are too small to draw: a marker stands for them, linked to their page.
    assert [marker["code"] for marker in world_map["markers"]] == ["MV"]
    assert re.search(
        r'<a href="/en/members/maldives/" tabindex="-1"><title>Maldives</title><circle cx="[\d.]+" cy="[\d.]+"',
        html,
    )
    # Every country is drawn, the coalition's as links, the rest as grey land.
    assert len(world_map["shapes"]) >= len(charts.world_map_data()["countries"])
    assert html.count('class="world-map__land"') == 1


def test_map_is_labelled_and_has_a_legend_in_html():
    html = render_map([])
    assert re.search(
        r'<svg class="world-map__svg" viewBox="0 0 500 [\d.]+" aria-labelledby="world-map-title"',
        html,
    )
    assert '<title id="world-map-title">World map of the coalition’s member states</title>' in html
    assert 'aria-describedby="world-map-desc"' in html
    assert 'role="img"' not in html  # it would hide the map's links from screen readers
    legend = re.search(r'<ul class="map-legend">(.*?)</ul>', html, re.S).group(1)
    assert re.findall(r"</span>([^<]+)</li>", legend) == ["Member", "Observer", "Former member"]
    assert "<figcaption" in html


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_coordinates_keep_their_decimal_point_in_every_language(language, small_coalition):
    with translation.override(language):
        html = render_map([]) + render_to_string(
            "includes/growth_chart.html",
            {"growth": charts.membership_growth(small_coalition, until=2026)},
        )
    assert not re.search(r'(d|x|y|height|viewBox)="[^"]*\d,\d', html)


def bar_positions(html):
    return [float(x) for x in re.findall(r'<rect x="([\d.]+)"', html)]


def test_growth_chart_runs_right_to_left_in_arabic(small_coalition):
    growth = charts.membership_growth(small_coalition, until=2026)
    english = render_to_string("includes/growth_chart.html", {"growth": growth})
    with translation.override("ar"):
        arabic = render_to_string("includes/growth_chart.html", {"growth": growth})

    assert bar_positions(english) == sorted(bar_positions(english))
    assert bar_positions(arabic) == sorted(bar_positions(arabic), reverse=True)
    assert re.search(r'<svg class="growth-chart__svg" [^>]*aria-hidden="true"', english)
    table = re.search(r"<table.*</table>", english, re.S).group(0)
    assert "<caption>" in table
    assert table.count('<th scope="col">') == 4
    assert table.count('<th scope="row">') == 16
    assert re.search(r'<th scope="row">2026</th>\s*<td>3</td>', table)


def test_world_map_data_is_read_once():
    assert charts.world_map_data() is charts.world_map_data()
    data = charts.world_map_data()
    assert data["viewBox"].startswith("0 0 500 ")
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in data["countries"])
    assert all(path.startswith("M") and path.endswith("Z") for path in data["countries"].values())
    assert {"MV", "CV", "LU"} <= set(data["points"])
    assert charts.WORLD_MAP_DATA.stat().st_size <= 60_000


@pytest.fixture
def demo_content(db):
    call_command("load_demo_content", verbosity=0)


def test_every_demo_state_has_a_shape_or_a_marker(demo_content):
    data = charts.world_map_data()
    states = list(MemberState.objects.all())
    assert len(states) > 40
    missing = [
        member.country.code
        for member in states
        if member.country.code not in data["countries"]
        and member.country.code not in data["points"]
    ]
    assert missing == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_map_and_chart_markup_stays_small(demo_content, language):
    with translation.override(language):
        states = list(MemberState.objects.published())
        html = render_map(states) + render_to_string(
            "includes/growth_chart.html", {"growth": charts.membership_growth(states)}
        )
    assert len(links(html)) == len(states)
    assert len(html.encode()) < 35_000


# A tiny hand-made topology: two 10° by 40° boxes on the equator, a square that crosses the
# antimeridian (world-atlas stitches shapes across it), land without an ISO code, and an
# Antarctica that the map crops. Quantized, as world-atlas's files are.
TINY_TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [-180, -90]},
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "id": "528", "arcs": [[0]], "properties": {"name": "NL"}},
                {"type": "MultiPolygon", "id": "250", "arcs": [[[1]]]},
                {"type": "Polygon", "id": "242", "arcs": [[2]]},
                {"type": "Polygon", "arcs": [[~3]]},
                {"type": "Polygon", "id": "010", "arcs": [[4]]},
            ],
        }
    },
    "arcs": [
        # (0°, 0°) (10°, 0°) (10°, 40°) (0°, 40°) back, as quantized deltas
        [[360, 180], [20, 0], [0, 80], [-20, 0], [0, -80]],
        # the same at 20°–30° east
        [[400, 180], [20, 0], [0, 80], [-20, 0], [0, -80]],
        # 170°E to 170°W straight across the antimeridian, 20°–30° south
        [[700, 120], [0, 20], [-680, 0], [0, -20], [680, 0]],
        # land without an id, drawn backwards (~3)
        [[400, 240], [0, 20], [20, 0], [0, -20], [-20, 0]],
        [[0, 0], [720, 0], [0, 40], [-720, 0], [0, -40]],
    ],
}


# Equal Earth puts 84°N (the map's top edge) 1.3066 projected units north of the equator,
# and the map's 500 units span 2 × 2.7066 of them: the equator is 120.7 units down.
EQUATOR_Y = 120.7


def parse_rings(path):
    """Absolute (x, y) rings of a path written as M x y l dx dy … Z."""
    rings = []
    for ring in re.findall(r"M([^MZ]+)Z", path):
        start, deltas = ring.split("l")
        x, y = (float(n) for n in re.findall(r"-?(?:\d+\.?\d*|\.\d+)", start))
        points = [(x, y)]
        values = [float(n) for n in re.findall(r"-?(?:\d+\.?\d*|\.\d+)", deltas)]
        for dx, dy in zip(values[::2], values[1::2], strict=True):
            x, y = round(x + dx, 1), round(y + dy, 1)
            points.append((x, y))
        rings.append(points)
    return rings


def test_build_world_map_writes_the_map_data(tmp_path):
    source = tmp_path / "countries.json"
    source.write_text(json.dumps(TINY_TOPOLOGY))
    output = tmp_path / "out" / "world_map.json"

    out = StringIO()
    call_command("build_world_map", str(source), output=str(output), stdout=out)
    assert "3 countries" in out.getvalue()

    data = json.loads(output.read_text())
    assert set(data) == {"viewBox", "countries", "points", "other"}
    assert data["viewBox"] == "0 0 500 218.7"
    assert sorted(data["countries"]) == ["FJ", "FR", "NL"]  # no Antarctica
    # The Netherlands' box: four corners, the west side on the central meridian (x=250)
    # and the south side on the equator; Equal Earth narrows the north side.
    [square] = parse_rings(data["countries"]["NL"])
    assert len(square) == 4
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = square
    assert x0 == x3 == 250
    assert y0 == y1 == EQUATOR_Y
    assert y2 == y3 < y0
    assert 250 < x2 < x1
    # France's square is the Netherlands' shifted east.
    [france] = parse_rings(data["countries"]["FR"])
    assert [y for _, y in france] == [y for _, y in square]
    # The square across the antimeridian is cut in two, one piece at each edge of the map.
    pieces = parse_rings(data["countries"]["FJ"])
    assert len(pieces) == 2
    assert sorted(max(x for x, _ in piece) for piece in pieces)[0] < 30
    assert sorted(min(x for x, _ in piece) for piece in pieces)[1] > 470
    assert all(0 <= x <= 500 for piece in pieces for x, _ in piece)
    assert len(parse_rings(data["other"])) == 1
    # Small states missing from the shapes get a marker point inside the map.
    assert {"MV", "CV", "LU"} <= set(data["points"])
    assert all(0 < x < 500 and 0 < y < 218.7 for x, y in data["points"].values())


def test_svg_numbers_are_short_and_unambiguous():
    from coalition.management.commands.build_world_map import numbers

    assert numbers([12, -5, 5, 30, 4, -120]) == "1.2-.5.5 3 .4-12"
    assert numbers([0, 10]) == "0 1"
