"""A self-contained HTML report of an output folder: counts, the meeting network, the timeline, top
entities and every meeting with its evidence. Figures are PNGs written beside the report and embedded
(base64) so that the one HTML file opens offline."""

from __future__ import annotations

import base64
import html
import io as _io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import pandas as pd  # noqa: E402

from pipeline import graph_export, query  # noqa: E402

TOP_N = 15


def _esc(value) -> str:
    if value is None or (not isinstance(value, (str, list)) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def _layout(graph: nx.Graph) -> dict:
    """Kamada-Kawai per connected component (readable hubs), side by side; pairs stacked in a last column."""
    pos, x_offset, pairs = {}, 0.0, []
    for component in sorted(nx.connected_components(graph), key=len, reverse=True):
        if len(component) <= 2:
            pairs.append(sorted(component))
            continue
        scale = len(component) ** 0.5
        for node, (x, y) in nx.kamada_kawai_layout(graph.subgraph(component), scale=scale).items():
            pos[node] = (x + x_offset + scale, y)
        x_offset += 2 * scale + 1.0
    for row, pair in enumerate(pairs):
        for col, node in enumerate(pair):
            pos[node] = (x_offset + 3.0 * col, 3.0 - 1.0 * row)
    return pos


def network_figure(nodes: pd.DataFrame, meetings: pd.DataFrame):
    """Persons sized by meetings, coloured by country, edges as wide as the meetings they share."""
    graph = graph_export.meeting_network(nodes, meetings)
    fig, ax = plt.subplots(figsize=(11, 8))
    ax.set_axis_off()
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no meetings between persons", ha="center", va="center")
        return fig
    countries = sorted({d.get("country") or "unknown" for _, d in graph.nodes(data=True)})
    cmap = plt.get_cmap("tab20", max(len(countries), 1))
    colour = {c: cmap(i) for i, c in enumerate(countries)}
    pos = _layout(graph)
    nx.draw_networkx_edges(
        graph, pos, ax=ax, alpha=0.5, width=[min(1.0 + d["weight"], 8.0) for *_, d in graph.edges(data=True)]
    )
    nx.draw_networkx_nodes(
        graph, pos, ax=ax,
        node_size=[120 + 180 * d["meetings"] for _, d in graph.nodes(data=True)],
        node_color=[colour[d.get("country") or "unknown"] for _, d in graph.nodes(data=True)],
        edgecolors="black", linewidths=0.5,
    )
    nx.draw_networkx_labels(graph, pos, ax=ax, labels={n: d["name"] for n, d in graph.nodes(data=True)}, font_size=8)
    handles = [plt.Line2D([], [], marker="o", ls="", color=colour[c], label=c) for c in countries]
    ax.legend(handles=handles, title="country", loc="upper left", bbox_to_anchor=(1, 1), fontsize=8)
    fig.tight_layout()
    return fig


def timeline_figure(meetings: pd.DataFrame, nodes: pd.DataFrame):
    """Distinct meetings per month, stacked by the pair of countries that met."""
    rows = meetings.drop_duplicates("meeting_id")
    rows = rows.assign(pair=[query.country_pair(c) for c in query.meeting_countries(rows, nodes)])
    rows = rows[rows["date"].notna()]
    fig, ax = plt.subplots(figsize=(11, 4))
    if rows.empty:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no dated meetings", ha="center", va="center")
        return fig
    rows = rows.assign(month=rows["date"].str.slice(0, 7))
    pivot = rows.pivot_table(index="month", columns="pair", values="meeting_id", aggfunc="count", fill_value=0)
    pivot.plot.bar(stacked=True, ax=ax, colormap="tab20", width=0.8)
    ax.set_xlabel("month")
    ax.set_ylabel("meetings")
    ax.legend(title="countries", loc="upper left", bbox_to_anchor=(1, 1), fontsize=8)
    fig.tight_layout()
    return fig


def _png(fig, path: Path) -> str:
    buffer = _io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100)
    plt.close(fig)
    path.write_bytes(buffer.getvalue())
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _table(df: pd.DataFrame) -> str:
    head = "".join(f"<th>{_esc(c)}</th>" for c in df.columns)
    body = "".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>" for row in df.itertuples(index=False))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def top_entities(nodes: pd.DataFrame, kind: str, n: int = TOP_N) -> pd.DataFrame:
    rows = nodes[nodes["type"] == kind].sort_values(["n_documents", "n_mentions"], ascending=False).head(n)
    columns = ["name", "country", "rank", "title", "n_documents", "n_mentions"] if kind == "PERSON" else [
        "name", "country", "n_documents", "n_mentions"]
    return rows[columns]


def _participant(node_id: str, nodes: pd.DataFrame) -> str:
    if node_id not in nodes.index:
        return _esc(node_id)
    row = nodes.loc[node_id]
    extra = ", ".join(_esc(v) for v in (row["rank"], row["title"], row["country"]) if isinstance(v, str) and v)
    return f"<b>{_esc(row['name'])}</b>" + (f" <span class=muted>({extra})</span>" if extra else "")


def _source(doc_id: str, published: pd.Series) -> str:
    date = published.get(doc_id)
    return _esc(doc_id) + (f", {_esc(date)}" if isinstance(date, str) and date else "")


def meetings_html(tables: dict[str, pd.DataFrame]) -> str:
    nodes = tables["nodes"].set_index("node_id")
    published = tables["documents"].set_index("doc_id")["published"]
    meetings = tables["meetings"].sort_values(["date", "meeting_id"], na_position="last", kind="stable")
    rows = []
    for meeting_id, group in meetings.groupby("meeting_id", sort=False):
        first = group.iloc[0]
        participants = sorted({p for parts in group["participants"] for p in parts})
        topics = sorted({t for ts in group["topics"] for t in ts})
        evidence = "".join(
            f"<li>{_esc(r.evidence)} <span class=muted>[{_source(r.doc_id, published)}]</span></li>"
            for r in group.itertuples()
        )
        date = group["date"].dropna()
        place = group["location"].dropna()
        rows.append(
            "<tr>"
            f"<td>{_esc(date.iloc[0] if len(date) else '')}</td>"
            f"<td>{_esc(place.iloc[0] if len(place) else '')}<br><span class=muted>{_esc(first['mode'])}, {_esc(first['status'])}</span></td>"
            f"<td>{'<br>'.join(_participant(p, nodes) for p in participants)}</td>"
            f"<td>{_esc('; '.join(topics))}</td>"
            f"<td><ul>{evidence}</ul></td>"
            "</tr>"
        )
    head = "<tr><th>date</th><th>place</th><th>participants</th><th>topics</th><th>evidence (source document, published)</th></tr>"
    return f"<table class=meetings><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


STYLE = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1300px}
table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}
th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f0f0f0}.muted{color:#777;font-size:.9em}
.counts td{text-align:right}.grid{display:flex;gap:2em;flex-wrap:wrap}
img{max-width:100%;border:1px solid #eee}ul{margin:0;padding-left:1.2em}
"""


def build_report(output_dir: Path | str, report_path: Path | str | None = None) -> Path:
    """Write `report.html` (and its PNG figures) for the tables in `output_dir`; returns its path."""
    from pipeline.io import load

    output_dir = Path(output_dir)
    tables = load(output_dir)
    report_path = Path(report_path or output_dir / "report.html")
    report_path.parent.mkdir(parents=True, exist_ok=True)
    nodes, meetings, documents, paragraphs = tables["nodes"], tables["meetings"], tables["documents"], tables["paragraphs"]
    counts = {
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
    stem = report_path.stem
    network = _png(network_figure(nodes, meetings), report_path.with_name(f"{stem}-network.png"))
    timeline = _png(timeline_figure(meetings, nodes), report_path.with_name(f"{stem}-timeline.png"))
    counts_html = "".join(f"<tr><th>{_esc(k)}</th><td>{v}</td></tr>" for k, v in counts.items())
    tops = "".join(
        f"<div><h3>{label}</h3>{_table(top_entities(nodes, kind))}</div>"
        for kind, label in (("PERSON", "Top persons"), ("ORG", "Top organisations"), ("EXERCISE", "Top exercises"))
    )
    page = f"""<!doctype html><html lang=en><head><meta charset=utf-8>
<title>meetgraph report: {_esc(output_dir)}</title><style>{STYLE}</style></head><body>
<h1>meetgraph report</h1><p class=muted>Outputs in {_esc(output_dir)}</p>
<h2>Counts</h2><table class=counts>{counts_html}</table>
<h2>Meeting network</h2><p class=muted>Persons sized by meetings, coloured by country; edge width = meetings together.</p>
<img alt="meeting network" src="data:image/png;base64,{network}">
<h2>Meetings per month by country pair</h2><img alt="meetings per month" src="data:image/png;base64,{timeline}">
<h2>Meetings</h2>{meetings_html(tables)}
<h2>Top entities</h2><div class=grid>{tops}</div>
</body></html>"""
    report_path.write_text(page, encoding="utf-8")
    return report_path
