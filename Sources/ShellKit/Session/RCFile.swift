import Foundation

/// `~/.storyshellrc`: the user's settings, one `set` line each, applied quietly before the
/// session's first command. They are this machine's preferences, not the session's work, so
/// they are not in `history` or saved scripts, and a failed line is a warning, not a failure.
extension Session {
    /// The rc file: `$STORYSHELLRC` (empty: none), or `~/.storyshellrc`.
    public static func rcFile(environment: [String: String]) -> String? {
        if let chosen = environment["STORYSHELLRC"] { return chosen.isEmpty ? nil : chosen }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home as NSString).appendingPathComponent(".storyshellrc")
    }

    /// Applies the `set` lines of `path`; a missing file is no rc file.
    public func applySettings(from path: String) {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let script: Script
        do { script = try Script.read(path) } catch {
            warn("storyshell: \(error)")
            return
        }
        for line in script.lines {
            let location = "\(path):\(line.number)"
            do {
                let words = try Lexer.split(line.text)
                guard words.first == SetCommand.name, words.count == 3 else {
                    warn("\(location): only `set NAME VALUE` lines belong in an rc file; skipped")
                    continue
                }
                var command = try registry.parse(SetCommand.self, Array(words.dropFirst()))
                _ = try command.run(in: self)
            } catch let error as ShellError {
                warn("\(location): \(error.message)")
            } catch {
                warn("\(location): \(error)")
            }
        }
    }
}
