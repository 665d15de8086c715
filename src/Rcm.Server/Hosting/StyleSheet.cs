namespace Rcm.Server.Hosting;

/// <summary>The web UI's only stylesheet, served at <c>/app.css</c> from memory (no CDN, no static-file deployment step).</summary>
public static class StyleSheet
{
    public const string Css = """
        :root { --ink:#1d2733; --muted:#5b6b7c; --line:#d9e0e7; --bg:#f5f7fa; --card:#fff; --accent:#1f6feb; --bad:#b42318; --ok:#067647; }
        * { box-sizing: border-box; }
        body { margin:0; font:15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
        a { color:var(--accent); text-decoration:none; } a:hover { text-decoration:underline; }
        header.top { display:flex; align-items:center; gap:1rem; padding:.6rem 1.2rem; background:#14202e; color:#fff; }
        header.top .brand { font-weight:700; letter-spacing:.02em; }
        header.top .spacer { flex:1; }
        header.top select, header.top button { font:inherit; padding:.25rem .5rem; border-radius:6px; border:1px solid #3b4b5e; background:#22344a; color:#fff; }
        .shell { display:grid; grid-template-columns: 210px 1fr; min-height: calc(100vh - 48px); }
        nav.side { background:#fff; border-right:1px solid var(--line); padding:1rem .6rem; }
        nav.side a { display:block; padding:.45rem .7rem; border-radius:6px; color:var(--ink); }
        nav.side a.active, nav.side a:hover { background:#e8f0fe; text-decoration:none; }
        nav.side .soon { color:var(--muted); font-size:.8em; margin-left:.3rem; }
        main { padding:1.4rem 2rem; max-width:1100px; }
        h1 { font-size:1.5rem; margin:.2rem 0 1rem; }
        .card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:1.2rem; margin-bottom:1rem; }
        table { width:100%; border-collapse:collapse; background:#fff; }
        th, td { text-align:left; padding:.5rem .6rem; border-bottom:1px solid var(--line); }
        th { font-size:.8rem; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
        form.stack label { display:block; margin:.6rem 0 .2rem; font-weight:600; font-size:.9rem; }
        input, select { font:inherit; padding:.45rem .55rem; border:1px solid var(--line); border-radius:6px; width:100%; max-width:420px; background:#fff; }
        .grid2 { display:grid; grid-template-columns: 1fr 1fr; gap:0 1.2rem; }
        button, .button { font:inherit; padding:.5rem .9rem; border-radius:6px; border:0; background:var(--accent); color:#fff; cursor:pointer; display:inline-block; }
        .button.secondary { background:#e8eef5; color:var(--ink); }
        .field-error, .validation-summary-errors { color:var(--bad); font-size:.85rem; }
        .notice { padding:.7rem 1rem; border-radius:8px; background:#ecfdf3; color:var(--ok); margin-bottom:1rem; }
        .secret { font-family:ui-monospace, monospace; font-size:1.1rem; letter-spacing:.08em; background:#f0f3f7; padding:.5rem .7rem; border-radius:6px; display:inline-block; }
        .login { max-width:420px; margin:8vh auto; }
        .muted { color:var(--muted); }
        .toolbar { display:flex; gap:.6rem; align-items:center; margin-bottom:1rem; }
        .toolbar input { max-width:300px; }
        """;
}
