/// A self-contained HTML page: inline CSS, no scripts, no external assets, so a handout or a
/// transcript opens anywhere and prints well.
public enum HTMLPage {
    public static func wrap(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="storyshell">
        <title>\(escape(title))</title>
        <style>
        \(css)
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    static let css = """
    body { font: 16px/1.55 Georgia, "DejaVu Serif", serif; color: #222; background: #fdfcf9; margin: 0; }
    main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
    h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .3rem; }
    h2 { font: 600 1.05rem/1.3 "DejaVu Sans", Helvetica, sans-serif; text-transform: uppercase; letter-spacing: .06em; color: #7a5c3a; margin: 2.2rem 0 .6rem; }
    .meta { color: #777; font: .85rem "DejaVu Sans", sans-serif; }
    table { border-collapse: collapse; width: 100%; font: .9rem/1.4 "DejaVu Sans", Helvetica, sans-serif; margin: .6rem 0; }
    th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #e5e0d8; }
    th { color: #555; font-weight: 600; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .beat { font-weight: 600; white-space: nowrap; }
    .ending { display: inline-block; white-space: nowrap; padding: .05rem .5rem; border-radius: .7rem; font: 600 .85rem "DejaVu Sans", sans-serif; }
    .forgive { background: #dff2df; color: #1d5e20; } .get-out { background: #f8dcdc; color: #8a1f1f; } .moved-on { background: #dde8f7; color: #1f4a8a; }
    blockquote { margin: .8rem 0; padding: .4rem 1rem; border-left: 4px solid #c9a66b; background: #f6f1e7; }
    ol.story { padding-left: 2.5rem; } ol.story li { margin: .45rem 0; } ol.story li::marker { color: #aaa; font-size: .8rem; }
    figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; border: 1px solid #eee; }
    pre { background: #f4f1ea; padding: .7rem .9rem; overflow-x: auto; font: .8rem/1.4 "DejaVu Sans Mono", monospace; white-space: pre-wrap; }
    .command { font: 600 .9rem "DejaVu Sans Mono", monospace; color: #0b5e6b; margin: 1.8rem 0 .3rem; }
    .command::before { content: "storyshell> "; color: #999; font-weight: normal; }
    .note { font-style: italic; color: #555; margin: 1.6rem 0 .2rem; border-left: 3px solid #c9a66b; padding-left: .6rem; }
    .error { color: #a11; font: .9rem "DejaVu Sans Mono", monospace; }
    .role { font-size: .8rem; color: #555; }
    @media print { body { background: #fff; } main { padding: 0; } }
    """

    /// Escapes text for HTML element content and attribute values.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
