/// Replays a checked script and compares each command's output with the `#=> ` lines that
/// `save --with-output` wrote under it.
public struct ScriptCheck {
    public var checked = 0
    public var changed = 0
    public var unchecked = 0
    public var errors = 0
    /// One unified diff per changed command.
    public var diffs: [String] = []

    public static func run(_ script: Script, in session: Session) -> ScriptCheck {
        var report = ScriptCheck()
        let sink = session.sink
        defer { session.sink = sink }
        for line in script.lines {
            var produced: [String] = []
            session.sink = { emission in
                switch emission {
                case .result(let result, _):
                    let text = result.render(RenderContext(width: session.transcriptWidth, color: false))
                    if !text.isEmpty { produced.append(text) }
                case .error(let message, _):
                    produced.append("error: \(message)")
                case .warning(let text):
                    produced.append(text)
                }
            }
            let ok = session.execute(line.text, location: "\(script.path):\(line.number)")
            if !ok, line.expectedOutput == nil { report.errors += 1 }
            guard let expected = line.expectedOutput else {
                report.unchecked += 1
                continue
            }
            let actual = produced.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let want = expected == [""] ? [] : expected
            let got = actual == [""] ? [] : actual
            if want == got {
                report.checked += 1
            } else {
                report.changed += 1
                report.diffs.append(UnifiedDiff.render(old: want, new: got, oldName: "\(script.path):\(line.number) (recorded)",
                                                       newName: "\(line.text) (now)"))
            }
        }
        return report
    }
}
