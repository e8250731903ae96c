"""Build coalition/data/world_map.json, the members page's world map, from Natural Earth.

The source is a TopoJSON file of Natural Earth's admin-0 countries (public domain), such as
countries-110m.json of the npm package world-atlas, whose country ids are ISO 3166 numeric
codes. See coalition/data/README.md for the exact steps. The command decodes the topology,
projects it with the Equal Earth projection (Antarctica cropped), simplifies each shared
border once (so that neighbours still meet), drops tiny islands, and writes one SVG path per
country, keyed by ISO 3166 alpha-2 code, plus marker points for small states whose shape is
missing or too small to see.
"""

import itertools
import json
import math
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_countries import countries

DEFAULT_OUTPUT = Path(settings.BASE_DIR) / "coalition" / "data" / "world_map.json"

WIDTH = 500  # map units; path coordinates are kept to a tenth of a unit
ANTARCTICA = "010"
SOUTHERN_LIMIT = -58.0  # degrees of latitude; Tierra del Fuego and South Georgia stay in
NORTHERN_LIMIT = 84.0  # the north tip of Greenland

# Where to put a marker for a small state that the shapes miss or draw too small to see:
# (latitude, longitude) of the main island or the capital. A point is written only for a
# state that ends up without a visible shape.
SMALL_STATES = {
    "AD": (42.55, 1.58),
    "AG": (17.08, -61.8),
    "BB": (13.17, -59.55),
    "BH": (26.05, 50.55),
    "CV": (15.1, -23.6),
    "CY": (35.1, 33.4),
    "DM": (15.42, -61.35),
    "FJ": (-17.8, 178.0),
    "FM": (6.9, 158.2),
    "GD": (12.12, -61.68),
    "KI": (1.45, 172.98),
    "KM": (-11.7, 43.3),
    "KN": (17.3, -62.72),
    "LC": (13.9, -60.97),
    "LI": (47.16, 9.55),
    "LU": (49.8, 6.13),
    "MC": (43.74, 7.42),
    "MH": (7.1, 171.38),
    "MT": (35.9, 14.45),
    "MU": (-20.3, 57.58),
    "MV": (3.2, 73.22),
    "NR": (-0.53, 166.93),
    "PS": (31.9, 35.2),
    "PW": (7.5, 134.6),
    "SC": (-4.68, 55.49),
    "SG": (1.35, 103.82),
    "SM": (43.94, 12.46),
    "ST": (0.3, 6.6),
    "TO": (-21.18, -175.2),
    "TT": (10.45, -61.25),
    "TV": (-8.52, 179.2),
    "VA": (41.9, 12.45),
    "VC": (13.25, -61.2),
    "VU": (-15.4, 166.9),
    "WS": (-13.76, -172.1),
}

# Equal Earth projection (Šavrič, Patterson and Jenny, 2018).
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2


def equal_earth(longitude, latitude):
    """Project degrees to Equal Earth's plane: x in ±2.71, y in ±1.32, y pointing north."""
    theta = math.asin(M * math.sin(math.radians(latitude)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = (
        2
        * math.sqrt(3)
        * math.radians(longitude)
        * math.cos(theta)
        / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1))
    )
    y = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1)
    return x, y


class Canvas:
    """The map's plane: projected coordinates scaled to `width` units and kept in tenths."""

    def __init__(self, width):
        x_max, _ = equal_earth(180, 0)
        self.scale = width / (2 * x_max)
        self.width = width
        self.top = equal_earth(0, NORTHERN_LIMIT)[1]
        bottom = equal_earth(0, SOUTHERN_LIMIT)[1]
        self.height_tenths = round((self.top - bottom) * self.scale * 10)

    def tenths(self, longitude, latitude):
        """A point in whole tenths of a map unit (exact arithmetic for the relative path)."""
        latitude = max(SOUTHERN_LIMIT, min(NORTHERN_LIMIT, latitude))
        x, y = equal_earth(longitude, latitude)
        return (
            round((x * self.scale + self.width / 2) * 10),
            round((self.top - y) * self.scale * 10),
        )

    @property
    def view_box(self):
        return f"0 0 {number(self.width * 10)} {number(self.height_tenths)}"


def decode_arcs(topology):
    """The topology's arcs as lists of (longitude, latitude), undoing quantization."""
    transform = topology.get("transform")
    if transform:
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    arcs = []
    for arc in topology["arcs"]:
        if transform:
            x = y = 0
            points = []
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [tuple(point[:2]) for point in arc]
        arcs.append(points)
    return arcs


def radial_simplify(points, tolerance):
    """Drop points closer than `tolerance` to the last kept one; keep both ends.

    Points are tuples whose first two items are the plane's x and y.
    """
    if len(points) <= 2:
        return points
    limit = tolerance * tolerance
    kept = [points[0]]
    for point in points[1:-1]:
        if _squared_distance(point, kept[-1]) >= limit:
            kept.append(point)
    if len(kept) > 1 and _squared_distance(kept[-1], points[-1]) < limit:
        kept.pop()  # the end stays; a point crowding it goes
    kept.append(points[-1])
    return kept


def _squared_distance(a, b):
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def douglas_peucker(points, tolerance):
    """Keep the points that stray more than `tolerance` from the line between kept ones."""
    if len(points) <= 2:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x0, y0), (x1, y1) = points[first][:2], points[last][:2]
        dx, dy = x1 - x0, y1 - y0
        length = math.hypot(dx, dy)
        farthest, distance = None, tolerance
        for index in range(first + 1, last):
            x, y = points[index][:2]
            if length:
                offset = abs(dy * (x - x0) - dx * (y - y0)) / length
            else:
                offset = math.hypot(x - x0, y - y0)
            if offset > distance:
                farthest, distance = index, offset
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def ring_from_arcs(indexes, arcs):
    """Join arcs into a ring; ~i (a negative index) means arc i reversed."""
    ring = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(arc if not ring else arc[1:])
    return ring


def polygons_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def split_at_antimeridian(ring):
    """A ring of (longitude, latitude) as one or more rings that stay within ±180°.

    world-atlas stitches shapes across the antimeridian (Russia's Chukotka, Fiji); a flat
    map must cut them there again, or they would streak across the whole map.
    """
    unwrapped = [ring[0]]
    for longitude, latitude in ring[1:]:
        previous = unwrapped[-1][0]
        longitude += 360 * round((previous - longitude) / 360)
        unwrapped.append((longitude, latitude))
    low = min(longitude for longitude, _ in unwrapped)
    high = max(longitude for longitude, _ in unwrapped)
    if low >= -180 and high <= 180:
        return [ring]
    pieces = []
    for shift in (-360, 0, 360):
        shifted = [(longitude + shift, latitude) for longitude, latitude in unwrapped]
        piece = clip(clip(shifted, 180, below=True), -180, below=False)
        if len(piece) >= 3:
            pieces.append([*piece, piece[0]])
    return pieces


def clip(ring, meridian, *, below):
    """Sutherland–Hodgman: the part of a ring on one side of a meridian."""

    def inside(point):
        return point[0] <= meridian if below else point[0] >= meridian

    clipped = []
    for current, following in zip(ring, ring[1:] + ring[:1], strict=True):
        if inside(current):
            clipped.append(current)
        if inside(current) != inside(following):
            (x0, y0), (x1, y1) = current, following
            clipped.append((meridian, y0 + (y1 - y0) * (meridian - x0) / (x1 - x0)))
    return clipped


def area(ring):
    """The shoelace area of a ring (in square tenths)."""
    pairs = zip(ring, ring[1:] + ring[:1], strict=True)
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairs) / 2)


def number(tenths):
    """A coordinate in tenths as the shortest SVG number: 5 -> .5, -12 -> -1.2, 30 -> 3."""
    whole, tenth = divmod(abs(tenths), 10)
    sign = "-" if tenths < 0 else ""
    if not tenth:
        return f"{sign}{whole}"
    return f"{sign}{whole or ''}.{tenth}"


def numbers(values):
    """Join numbers with a separator only where SVG's grammar needs one ("1.2.5-3")."""
    text, previous = "", ""
    for value in values:
        item = number(value)
        joins = item.startswith("-") or (item.startswith(".") and "." in previous)
        text += item if not previous or joins else " " + item
        previous = item
    return text


def path_data(rings):
    """SVG path data: each ring as an absolute move, relative lines, and a close."""
    parts = []
    for ring in rings:
        deltas = []
        for (x0, y0), (x1, y1) in itertools.pairwise(ring):
            deltas += [x1 - x0, y1 - y0]
        if ring[-1] == ring[0]:
            deltas = deltas[:-2]
        parts.append(f"M{numbers(ring[0])}l{numbers(deltas)}Z")
    return "".join(parts)


def without_repeats(ring):
    kept = ring[:1]
    for point in ring[1:]:
        if point != kept[-1]:
            kept.append(point)
    return kept


def alpha2(numeric_id):
    """The alpha-2 code of an ISO 3166 numeric id, or "" (Natural Earth has some without)."""
    return (countries.alpha2(numeric_id) or "") if numeric_id else ""


def simplified_arcs(topology, canvas, tolerance, detail):
    """The arcs in (longitude, latitude), simplified once each on the projected plane.

    Neighbours share their border arcs, so simplifying arcs (not rings) keeps them meeting.
    """
    arcs = []
    for arc in decode_arcs(topology):
        projected = [(*canvas.tenths(lon, lat), lon, lat) for lon, lat in arc]
        kept = douglas_peucker(radial_simplify(projected, tolerance * 10), detail * 10)
        arcs.append([(lon, lat) for _, _, lon, lat in kept])
    return arcs


def country_rings(geometry, arcs, canvas, min_area):
    """A country's rings on the plane, in tenths, without the islands under `min_area`."""
    rings = []
    for polygon in polygons_of(geometry):
        # Holes (lakes, enclaves) come after their outline and are never larger than it.
        for indexes in polygon:
            for piece in split_at_antimeridian(ring_from_arcs(indexes, arcs)):
                ring = without_repeats([canvas.tenths(lon, lat) for lon, lat in piece])
                if len(ring) >= 4 and area(ring) >= min_area * 100:
                    rings.append(ring)
    return rings


def size(rings):
    """The larger of a country's width and height, in map units."""
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    return max(max(xs) - min(xs), max(ys) - min(ys)) / 10


def build(topology, *, width=WIDTH, tolerance=0.5, detail=0.7, min_area=0.5, min_size=2.0):
    """The world map's data: viewBox, paths by alpha-2 code, other land, marker points.

    Distances are in map units (the map is `width` units wide): `tolerance` is the distance
    under which points are dropped, `detail` the largest error the simplification allows,
    `min_area` (square units) the smallest island kept, and `min_size` the width or height
    under which a country of SMALL_STATES gets a marker.
    """
    canvas = Canvas(width)
    arcs = simplified_arcs(topology, canvas, tolerance, detail)
    shapes, other_land = {}, []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry.get("id") == ANTARCTICA:
            continue
        rings = country_rings(geometry, arcs, canvas, min_area)
        code = alpha2(geometry.get("id"))
        if rings and code:
            shapes.setdefault(code, []).extend(rings)
        elif rings:
            other_land.extend(rings)  # land without an ISO 3166 code (e.g. Kosovo)
    points = {}
    for code, (latitude, longitude) in sorted(SMALL_STATES.items()):
        if code not in shapes or size(shapes[code]) < min_size:
            x, y = canvas.tenths(longitude, latitude)
            points[code] = [x / 10, y / 10]
    data = {
        "viewBox": canvas.view_box,
        "countries": {code: path_data(rings) for code, rings in sorted(shapes.items())},
        "points": points,
    }
    if other_land:
        data["other"] = path_data(other_land)
    return data


class Command(BaseCommand):
    help = "Build coalition/data/world_map.json from a Natural Earth countries TopoJSON file."

    def add_arguments(self, parser):
        parser.add_argument("topojson", type=Path, help="e.g. world-atlas's countries-110m.json")
        parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
        parser.add_argument(
            "--tolerance", type=float, default=0.5, help="closest two points kept, in map units"
        )
        parser.add_argument(
            "--detail", type=float, default=0.7, help="largest error allowed, in map units"
        )
        parser.add_argument(
            "--min-area", type=float, default=0.5, help="smallest island kept, in square map units"
        )

    def handle(self, *args, topojson, output, tolerance, detail, min_area, **options):
        topojson, output = Path(topojson), Path(output)  # call_command passes them as given
        try:
            topology = json.loads(topojson.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CommandError(f"{topojson}: {error}") from error
        if "countries" not in topology.get("objects", {}):
            raise CommandError(f"{topojson}: no 'countries' object in this topology.")
        data = build(topology, tolerance=tolerance, detail=detail, min_area=min_area)
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        self.stdout.write(
            f"Wrote {output}: {len(data['countries'])} countries, "
            f"{len(data['points'])} marker points, {output.stat().st_size:,} bytes."
        )
