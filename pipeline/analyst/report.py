"""A self-contained HTML report of an output folder: counts, an interactive meeting explorer (network and
timeline, filters, click a person or an edge for the meetings with their evidence and sources), static PNG
figures for printing, every meeting with its evidence, and top entities.

One HTML file that opens offline: the explorer's JavaScript (plotly.js from the pinned `plotly` package and
`pipeline/analyst/explorer.js`) and its data are inlined, the PNGs embedded as base64 (and written beside the report).
Countries shown anywhere in the report are countries of the gazetteer (`database.canonical_country`); every
other value counts as "unknown", in one place.
"""

from __future__ import annotations

import base64
import html
import io as _io
import json
import math
from collections import Counter
from itertools import combinations
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from pipeline.analyst import graph_export
from pipeline.io import database  # noqa: E402

TOP_N = 15  # entities per "Top ..." table
UNKNOWN = database.UNKNOWN
LABELLED_HUBS = 25  # persons named in the static network figure (the most-met ones)
TIMELINE_PAIRS = 12  # country pairs with their own colour in the timeline; the rest are "other pairs"
DENSE_LAYOUT_LIMIT = 2500  # persons in one component up to which the vectorised force layout runs (~50 MB a matrix)
EXPLORER_JS = Path(__file__).with_name("explorer.js")
# Country colours of the static figure, in the order of explorer.js's palette (no grey: grey is "unknown").
PALETTE = [
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#393b79",
    "#637939",
    "#8c6d31",
    "#843c39",
    "#7b4173",
    "#3182bd",
    "#e6550d",
    "#31a354",
    "#756bb1",
]
UNKNOWN_GREY = (0.75, 0.75, 0.75, 1.0)  # "unknown" country or pair, in both figures
OTHER_PAIRS = "other pairs"  # the timeline's country pairs beyond TIMELINE_PAIRS, drawn together
OTHER_PAIRS_GREY = (0.45, 0.45, 0.45, 1.0)


def _esc(value) -> str:
    if value is None or (not isinstance(value, (str, list)) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def _str(value) -> str | None:
    return value if isinstance(value, str) and value else None


def _first(group, column: str) -> str | None:
    """The first non-empty string of a column among one meeting's rows."""
    return next((v for v in group[column] if _str(v)), None)


# --- countries -------------------------------------------------------------------------------


def person_countries(nodes: pd.DataFrame) -> dict[str, str]:
    """node_id -> gazetteer country for every node whose `country` names one (`Turkish` -> Turkey)."""
    out = {}
    for node_id, value in zip(nodes["node_id"], nodes["country"]):
        if country := database.canonical_country(value):
            out[node_id] = country
    return out


def country_pairs(countries: list[str]) -> list[str]:
    """`A – B` for each pair of distinct countries (sorted), or ["unknown"] when fewer than two are known;
    the same rule as the `country_pairs_by_month` view."""
    distinct = sorted(set(countries))
    if len(distinct) < 2:
        return [UNKNOWN]
    return [f"{a} – {b}" for a, b in combinations(distinct, 2)]


# --- meetings, merged per meeting_id ---------------------------------------------------------


def meeting_records(tables: dict[str, pd.DataFrame]) -> list[dict]:
    """One dict per meeting_id (sorted by day, undated last): day, mode, status, place, persons, countries,
    topics, and every report (document, outlet, published, URL, evidence)."""
    nodes, meetings, documents = tables["nodes"], tables["meetings"], tables["documents"]
    types = dict(zip(nodes["node_id"], nodes["type"]))
    names = dict(zip(nodes["node_id"], nodes["name"]))
    country = person_countries(nodes)
    docs = documents.set_index("doc_id")
    published = docs["published"].dropna().to_dict()
    outlet = docs["outlet"].dropna().to_dict()
    url = docs["url"].dropna().to_dict() if "url" in docs else {}
    out = []
    for meeting_id, group in meetings.groupby("meeting_id", sort=False):
        group = group.sort_values("doc_id", kind="stable")
        participants = sorted({p for parts in group["participants"] for p in parts})
        persons = [
            p for p in participants if types.get(p, "PERSON" if str(p).startswith("PERSON:") else None) == "PERSON"
        ]
        dates = sorted(d for d in group["date"].dropna())
        reported = sorted(published[d] for d in group["doc_id"] if d in published)
        out.append(
            {
                "id": meeting_id,
                "date": dates[0] if dates else None,
                "day": dates[0] if dates else (reported[0] if reported else None),
                "mode": _first(group, "mode"),
                "status": _first(group, "status"),
                "location": _first(group, "location"),
                "host": _first(group, "host"),
                "participants": participants,
                "names": [names.get(p, p) for p in participants],
                "persons": persons,
                "countries": sorted({country[p] for p in participants if p in country}),
                "topics": sorted({t for ts in group["topics"] for t in ts}),
                "reports": [
                    {
                        "doc": r.doc_id,
                        "outlet": outlet.get(r.doc_id),
                        "published": published.get(r.doc_id),
                        "url": url.get(r.doc_id),
                        "evidence": _str(r.evidence),
                    }
                    for r in group.itertuples()
                ],
            }
        )
    out.sort(key=lambda m: (m["day"] is None, m["day"] or "", m["id"]))
    return out


# --- layout of the person network ------------------------------------------------------------


def person_graph(records: list[dict]) -> nx.Graph:
    """Persons of the meetings, an edge per pair weighted by the meetings they share (a person who met
    nobody named is a node without edges: the explorer shows them only on request)."""
    graph = nx.Graph()
    for m in records:
        graph.add_nodes_from(m["persons"])
        for a, b in combinations(m["persons"], 2):
            weight = graph.get_edge_data(a, b, {"weight": 0})["weight"]
            graph.add_edge(a, b, weight=weight + 1)
    return graph


def force_layout(adjacency: np.ndarray, iterations: int = 150, seed: int = 7) -> np.ndarray:
    """Fruchterman-Reingold on a dense adjacency matrix (vectorised; networkx switches to a much slower
    sparse solver from 500 nodes on). Positions in [-1, 1], the same for the same graph."""
    n = len(adjacency)
    pos = np.random.default_rng(seed).random((n, 2))
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    adjacency = np.asarray(adjacency, dtype=float)
    k2, temperature = 1.0 / n, 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        dx, dy = x[:, None] - x[None, :], y[:, None] - y[None, :]
        d2 = np.maximum(dx * dx + dy * dy, 1e-4)
        force = k2 / d2 - adjacency * np.sqrt(d2 / k2)  # repulsion k²/d² minus attraction d/k (per unit vector)
        mx, my = (dx * force).sum(axis=1), (dy * force).sum(axis=1)
        scale = temperature / np.maximum(np.hypot(mx, my), 0.01)
        x += mx * scale
        y += my * scale
        temperature -= cooling
    pos = np.column_stack([x, y])
    pos -= pos.mean(axis=0)
    return pos / (np.abs(pos).max() or 1.0)


def layout(graph: nx.Graph, aspect: float = 1.7) -> dict[str, tuple[float, float]]:
    """Positions that use a wide page: each connected component laid out by force (seeded, so runs agree),
    scaled by its size, and the components packed in rows, largest first, into a box `aspect` times as wide
    as it is high. Hundreds of small components become a readable grid instead of one long line."""
    comps = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    boxes = []
    for comp in comps:
        pos = _component_positions(graph, comp)
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        x0, y0 = min(xs), min(ys)
        boxes.append(({n: (x - x0, y - y0) for n, (x, y) in pos.items()}, max(xs) - x0 + 1.2, max(ys) - y0 + 1.2))
    if not boxes:
        return {}
    area = sum(w * h for _, w, h in boxes)
    row_width = max(max(w for _, w, _ in boxes), math.sqrt(area * aspect))
    out, x, y, row_height = {}, 0.0, 0.0, 0.0
    for pos, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for n, (px, py) in pos.items():
            out[n] = (round(x + px, 3), round(-(y + py), 3))
        x += w
        row_height = max(row_height, h)
    return out


def _component_positions(graph: nx.Graph, comp: list[str]) -> dict[str, tuple[float, float]]:
    """Positions of one connected component, spread in proportion to the square root of its size."""
    if len(comp) == 1:
        return {comp[0]: (0.0, 0.0)}
    if len(comp) == 2:
        return {comp[0]: (-0.5, 0.0), comp[1]: (0.5, 0.0)}
    sub = graph.subgraph(comp)
    if len(comp) > DENSE_LAYOUT_LIMIT:  # the dense solver's n x n arrays would not fit: networkx's sparse one
        placed = nx.spring_layout(sub, seed=7, iterations=40)
        raw = np.array([placed[n] for n in comp])
    else:
        raw = force_layout(nx.to_numpy_array(sub, nodelist=comp, weight=None))
    scale = math.sqrt(len(comp)) * 1.6
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in zip(comp, raw)}


# --- data of the interactive explorer ---------------------------------------------------------


def explorer_data(tables: dict[str, pd.DataFrame]) -> dict:
    """Everything explorer.js needs, as plain JSON: persons (who met someone) with positions, meetings
    with the indexes of their persons and their reports, and the filter values."""
    nodes = tables["nodes"]
    records = meeting_records(tables)
    graph = person_graph(records)
    pos = layout(graph)
    by_id = nodes.drop_duplicates("node_id").set_index("node_id")
    country = person_countries(nodes)
    order = sorted(pos, key=lambda n: (str(by_id["name"].get(n, n)), n))
    index = {n: i for i, n in enumerate(order)}
    persons = []
    for n in order:
        row = by_id.loc[n] if n in by_id.index else None
        persons.append(
            {
                "id": n,
                "name": str(row["name"]) if row is not None else n,
                "country": country.get(n, UNKNOWN),
                "rank": _str(row["rank"]) if row is not None else None,
                "title": _str(row["title"]) if row is not None else None,
                "x": pos[n][0],
                "y": pos[n][1],
            }
        )
    meetings = []
    for m in records:
        meetings.append(
            {
                "id": m["id"],
                "day": m["day"],
                "dated": m["date"] is not None,
                "mode": m["mode"],
                "status": m["status"],
                "location": m["location"],
                "names": m["names"],
                "countries": m["countries"],
                "topics": m["topics"],
                "people": [index[p] for p in m["persons"] if p in index],
                "reports": m["reports"],
                "pairs": country_pairs(m["countries"]),
            }
        )
    counts = Counter(p["country"] for p in persons)
    countries = sorted((c for c in counts if c != UNKNOWN), key=lambda c: (-counts[c], c))
    days = sorted(m["day"] for m in meetings if m["day"])
    return {
        "persons": persons,
        "meetings": meetings,
        "countries": countries + ([UNKNOWN] if UNKNOWN in counts else []),
        "modes": sorted({m["mode"] for m in meetings if m["mode"]}),
        "first_day": days[0] if days else None,
        "last_day": days[-1] if days else None,
    }


def _json_script(data) -> str:
    """JSON safe inside a <script> element: no `<`, so no `</script>` or `<!--` can end it early."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _inline_js(code: str) -> str:
    return code.replace("</script", "<\\/script")


# --- static figures (PNG, for the README and for printing) ------------------------------------


def network_figure(nodes: pd.DataFrame, meetings: pd.DataFrame, positions: dict | None = None):
    """Persons who met someone, sized by meetings, coloured by country (gazetteer countries, else
    'unknown'); edges as wide as the meetings they share; the most-met persons named."""
    graph = graph_export.meeting_network(nodes, meetings)
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    fig, ax = plt.subplots(figsize=(14, 8.5))
    ax.set_axis_off()
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no meetings between persons", ha="center", va="center")
        return fig
    country = person_countries(nodes)
    of = {n: country.get(n, UNKNOWN) for n in graph}
    counts = Counter(of.values())
    ranked = sorted((c for c in counts if c != UNKNOWN), key=lambda c: (-counts[c], c))
    shown = ranked[: len(PALETTE)]
    colour = {c: PALETTE[i] for i, c in enumerate(shown)}
    pos = positions if positions is not None and all(n in positions for n in graph) else layout(graph)
    nx.draw_networkx_edges(
        graph, pos, ax=ax, alpha=0.45, width=[min(0.6 + 0.8 * d["weight"], 6.0) for *_, d in graph.edges(data=True)]
    )
    nx.draw_networkx_nodes(
        graph,
        pos,
        ax=ax,
        node_size=[25 + 40 * d["meetings"] for _, d in graph.nodes(data=True)],
        node_color=[colour.get(of[n], UNKNOWN_GREY) for n in graph],
        edgecolors="black",
        linewidths=0.3,
    )
    hubs = sorted(graph, key=lambda n: (-graph.nodes[n]["meetings"], str(graph.nodes[n]["name"])))[:LABELLED_HUBS]
    nx.draw_networkx_labels(graph, pos, ax=ax, labels={n: graph.nodes[n]["name"] for n in hubs}, font_size=7)
    handles = [plt.Line2D([], [], marker="o", ls="", color=colour[c], label=c) for c in shown]
    rest = len(ranked) - len(shown)
    handles.append(
        plt.Line2D(
            [],
            [],
            marker="o",
            ls="",
            color=UNKNOWN_GREY,
            label=UNKNOWN + (f" or one of {rest} more countries" if rest > 0 else ""),
        )
    )
    ax.legend(handles=handles, title="country", loc="upper left", bbox_to_anchor=(1, 1), fontsize=7)
    fig.tight_layout()
    return fig


def timeline_figure(meetings: pd.DataFrame, nodes: pd.DataFrame, tables: dict | None = None):
    """Distinct dated meetings per month, stacked by the pair of countries that met ('unknown' in one place)."""
    if tables is None:
        tables = {
            "meetings": meetings,
            "nodes": nodes,
            "documents": pd.DataFrame({"doc_id": [], "published": [], "outlet": [], "url": []}),
        }
    rows = [
        (m["date"][:7], pair) for m in meeting_records(tables) if m["date"] for pair in country_pairs(m["countries"])
    ]
    fig, ax = plt.subplots(figsize=(12, 4.5))
    if not rows:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no dated meetings", ha="center", va="center")
        return fig
    frame = pd.DataFrame(rows, columns=["month", "pair"])
    top = [p for p, _ in Counter(p for p in frame["pair"] if p != UNKNOWN).most_common(TIMELINE_PAIRS)]
    frame["pair"] = [p if p in top or p == UNKNOWN else OTHER_PAIRS for p in frame["pair"]]
    pivot = frame.pivot_table(index="month", columns="pair", aggfunc="size", fill_value=0)
    order = [p for p in top if p in pivot] + [p for p in (OTHER_PAIRS, UNKNOWN) if p in pivot]
    pivot = pivot[order]
    colours = [plt.get_cmap("tab20")(i % 20) for i in range(len(order))]
    colours = [
        UNKNOWN_GREY if p == UNKNOWN else OTHER_PAIRS_GREY if p == OTHER_PAIRS else c for p, c in zip(order, colours)
    ]
    pivot.plot.bar(stacked=True, ax=ax, color=colours, width=0.8)
    ax.set_xlabel("month")
    ax.set_ylabel("meetings")
    ax.legend(title="countries", loc="upper left", bbox_to_anchor=(1, 1), fontsize=7)
    fig.tight_layout()
    return fig


def _png(fig, path: Path) -> str:
    buffer = _io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100)
    plt.close(fig)
    path.write_bytes(buffer.getvalue())
    return base64.b64encode(buffer.getvalue()).decode("ascii")


# --- tables ----------------------------------------------------------------------------------


def _table(df: pd.DataFrame) -> str:
    head = "".join(f"<th>{_esc(c)}</th>" for c in df.columns)
    body = "".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>" for row in df.itertuples(index=False))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def top_entities(nodes: pd.DataFrame, kind: str, n: int = TOP_N) -> pd.DataFrame:
    rows = nodes[nodes["type"] == kind].sort_values(["n_documents", "n_mentions"], ascending=False).head(n)
    rows = rows.assign(country=[database.canonical_country(c) for c in rows["country"]])
    columns = (
        ["name", "country", "rank", "title", "n_documents", "n_mentions"]
        if kind == "PERSON"
        else ["name", "country", "n_documents", "n_mentions"]
    )
    return rows[columns]


def _participant(node_id: str, nodes: pd.DataFrame) -> str:
    if node_id not in nodes.index:
        return _esc(node_id)
    row = nodes.loc[node_id]
    country = database.canonical_country(row["country"])
    extra = ", ".join(_esc(v) for v in (row["rank"], row["title"], country) if isinstance(v, str) and v)
    return f"<b>{_esc(row['name'])}</b>" + (f" <span class=muted>({extra})</span>" if extra else "")


def _source(report: dict) -> str:
    label = ", ".join(_esc(v) for v in (report["outlet"], report["doc"], report["published"]) if v)
    if report["url"]:
        return f'<a href="{_esc(report["url"])}" target=_blank rel="noopener noreferrer">{label}</a>'
    return label


def meetings_html(tables: dict[str, pd.DataFrame]) -> str:
    nodes = tables["nodes"].drop_duplicates("node_id").set_index("node_id")
    rows = []
    for m in meeting_records(tables):
        evidence = "".join(
            f"<li>{_esc(r['evidence'])} <span class=muted>[{_source(r)}]</span></li>" for r in m["reports"]
        )
        rows.append(
            f'<tr id="{_esc(m["id"])}">'
            f"<td>{_esc(m['date'] or '')}</td>"
            f"<td>{_esc(m['location'] or '')}<br><span class=muted>{_esc(m['mode'])}, {_esc(m['status'])}</span></td>"
            f"<td>{'<br>'.join(_participant(p, nodes) for p in m['participants'])}</td>"
            f"<td>{_esc('; '.join(m['topics']))}</td>"
            f"<td><ul>{evidence}</ul></td>"
            "</tr>"
        )
    head = "<tr><th>date</th><th>place</th><th>participants</th><th>topics</th><th>evidence [source: outlet, document, published]</th></tr>"
    return f"<table class=meetings><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


STYLE = """
body{font-family:system-ui,sans-serif;margin:1.2em 2em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}
th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f0f0f0}.muted{color:#777;font-size:.9em}
.counts td{text-align:right}.grid{display:flex;gap:2em;flex-wrap:wrap}
img{max-width:100%;border:1px solid #eee}ul{margin:0;padding-left:1.2em}
#mg-controls{display:flex;flex-wrap:wrap;gap:.6em 1.2em;align-items:center;padding:.5em .7em;background:#f6f6f6;
 border:1px solid #ddd;border-radius:4px;font-size:.9em}
#mg-controls label{white-space:nowrap}#mg-controls input,#mg-controls select,#mg-controls button{font-size:.95em}
#mg-main{display:flex;gap:1em;margin-top:.6em}
#mg-network{flex:1 1 72%;height:76vh;min-height:520px;border:1px solid #ddd;border-radius:4px}
#mg-panel{flex:0 0 27%;height:76vh;min-height:520px;overflow:auto;border:1px solid #ddd;border-radius:4px;
 padding:.5em .8em;font-size:.88em}
#mg-panel h3{margin:.2em 0 .5em}#mg-panel .meeting{border-bottom:1px solid #eee;padding:.4em 0}
#mg-panel blockquote{margin:.25em 0 .25em .2em;padding-left:.6em;border-left:3px solid #cde}
#mg-timeline{height:340px;margin-top:.6em;border:1px solid #ddd;border-radius:4px}
#mg-legend span{display:inline-block;margin-right:.8em;white-space:nowrap}
#mg-legend i{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.25em;vertical-align:middle}
@media print{#mg-explorer{display:none}}
"""


def build_report(output_dir: Path | str, report_path: Path | str | None = None) -> Path:
    """Write `report.html` (and its PNG figures) for the tables in `output_dir`; returns its path."""
    from pipeline.io import load

    output_dir = Path(output_dir)
    tables = load(output_dir)
    report_path = Path(report_path or output_dir / "report.html")
    report_path.parent.mkdir(parents=True, exist_ok=True)
    data = explorer_data(tables)
    network, timeline = _figures(tables, data, report_path)
    page = f"""<!doctype html><html lang=en><head><meta charset=utf-8>
<title>meetgraph report: {_esc(output_dir)}</title><style>{STYLE}</style></head><body>
<h1>meetgraph report</h1><p class=muted>Outputs in {_esc(output_dir)}</p>
<h2>Counts</h2><table class=counts>{_counts_html(report_counts(tables))}</table>
{explorer_html(data)}
<h2>Meeting network (static)</h2><p class=muted>Persons who met someone, sized by meetings, coloured by country;
edge width = meetings together; the {LABELLED_HUBS} most-met persons named.</p>
<img alt="meeting network" src="data:image/png;base64,{network}">
<h2>Meetings per month by country pair (static)</h2><img alt="meetings per month" src="data:image/png;base64,{timeline}">
<h2>Meetings</h2>{meetings_html(tables)}
<h2>Top entities</h2><div class=grid>{_top_entities_html(tables["nodes"])}</div>
</body></html>"""
    tmp = report_path.with_name(f".{report_path.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(report_path)
    return report_path


def report_counts(tables: dict[str, pd.DataFrame]) -> dict[str, int]:
    """The counts table at the top of the report: documents read and skipped, paragraphs, nodes by type, meetings."""
    nodes, meetings, documents, paragraphs = (
        tables["nodes"],
        tables["meetings"],
        tables["documents"],
        tables["paragraphs"],
    )
    return {
        "documents": int((documents["status"] == "ok").sum()),
        "skipped documents": int((documents["status"] == "skipped").sum()),
        "paragraphs": len(paragraphs),
        "boilerplate paragraphs": int(paragraphs["is_boilerplate"].sum()),
        "persons": int((nodes["type"] == "PERSON").sum()),
        "organisations": int((nodes["type"] == "ORG").sum()),
        "exercises": int((nodes["type"] == "EXERCISE").sum()),
        "meetings": int(meetings["meeting_id"].nunique()),
        "meeting reports": len(meetings),
    }


def _counts_html(counts: dict[str, int]) -> str:
    return "".join(f"<tr><th>{_esc(k)}</th><td>{v}</td></tr>" for k, v in counts.items())


def _figures(tables: dict[str, pd.DataFrame], data: dict, report_path: Path) -> tuple[str, str]:
    """The static network and timeline as base64 PNGs, also written beside the report; the network reuses the
    explorer's positions so the two pictures agree."""
    nodes, meetings = tables["nodes"], tables["meetings"]
    stem = report_path.stem
    positions = {p["id"]: (p["x"], p["y"]) for p in data["persons"]}
    network = _png(network_figure(nodes, meetings, positions), report_path.with_name(f"{stem}-network.png"))
    timeline = _png(timeline_figure(meetings, nodes, tables), report_path.with_name(f"{stem}-timeline.png"))
    return network, timeline


TOP_ENTITY_SECTIONS = (("PERSON", "Top persons"), ("ORG", "Top organisations"), ("EXERCISE", "Top exercises"))


def _top_entities_html(nodes: pd.DataFrame) -> str:
    return "".join(
        f"<div><h3>{label}</h3>{_table(top_entities(nodes, kind))}</div>" for kind, label in TOP_ENTITY_SECTIONS
    )


def explorer_html(data: dict) -> str:
    """The interactive explorer: its controls, its data as JSON, plotly.js and explorer.js, all inline."""
    from plotly.offline import get_plotlyjs

    return f"""<section id=mg-explorer>
<h2>Explorer</h2>
<p class=muted>Persons who met someone, placed by whom they met and coloured by country. Scroll to zoom, drag to
pan; names show on hover and once few persons are in view. Click a person or a link for the meetings, with the
sentences that report them and their sources. Click a month in the timeline to see only that month.</p>
<div id=mg-controls>
 <label>person <input id=mg-search list=mg-names placeholder="search a name" size=22></label>
 <datalist id=mg-names></datalist>
 <label>from <input id=mg-from type=date></label><label>to <input id=mg-to type=date></label>
 <label><input id=mg-undated type=checkbox checked> undated</label>
 <label title="persons whose meetings name no other person"><input id=mg-alone type=checkbox> persons who met nobody named</label>
 <label>country <select id=mg-country><option value="">all countries</option></select></label>
 <label>mode <select id=mg-mode><option value="">all modes</option></select></label>
 <button id=mg-reset type=button>reset</button>
 <span id=mg-count class=muted></span>
</div>
<div id=mg-legend class=muted></div>
<div id=mg-main><div id=mg-network></div><div id=mg-panel><p class=muted>Click a person or a link.</p></div></div>
<div id=mg-timeline></div>
</section>
<script id=mg-data type="application/json">{_json_script(data)}</script>
<script>{_inline_js(get_plotlyjs())}</script>
<script>{_inline_js(EXPLORER_JS.read_text(encoding="utf-8"))}</script>"""
