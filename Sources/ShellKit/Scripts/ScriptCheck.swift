/// Replays a checked script and compares each command's output with the `#=> ` lines that
/// `save --with-output` wrote under it.
public struct ScriptCheck {
    public var checked = 0
    public var changed = 0
    public var unchecked = 0
    public var errors = 0
    /// One unified diff per changed command.
    public var diffs: [String] = []
    /// What each command printed this time, by the script line it is on.
    public var produced: [Int: [String]] = [:]

    /// The script's text with every command's recorded output replaced by what it printed
    /// now: comments, notes and blank lines stay as they were.
    public func updating(_ text: String) -> String {
        var out = ""
        for (i, raw) in Script.textLines(text).enumerated() {
            let line = String(raw)
            if line.hasPrefix(Script.outputMarker) || line == "#=>" { continue }
            out += line + "\n"
            if let lines = produced[i + 1] { out += Script.outputLines(lines.joined(separator: "\n")) }
        }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

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
            let actual = produced.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let expected = line.expectedOutput else {
                report.unchecked += 1
                report.produced[line.number] = actual == [""] ? [] : actual
                continue
            }
            let want = expected == [""] ? [] : expected
            let got = actual == [""] ? [] : actual
            report.produced[line.number] = got
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
