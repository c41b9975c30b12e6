"""Drawing flowcharts: Graphviz resolver, DOT builder, A4 page, render cache and batch rendering."""
