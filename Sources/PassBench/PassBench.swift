import Foundation
import StoryKit

/// `PassBench FOLDER`: where the analysis spends its time and memory, pass by pass.
///
/// Loads the stories, then runs each pass over every story on one thread, in pipeline order,
/// so each figure is that pass alone (the earlier layers are cached by then). Prints
/// `pass_NAME_us MICROSECONDS us` (per story) and `rss_NAME_mb MB` (resident memory after the
/// pass), for `scripts/bench` and for a profiler to attach to. `find` (no layer: it folds as
/// it searches) runs on every core. Set PASSBENCH_NO_CLEAN to skip the second cleaning,
/// PASSBENCH_MALLOC_STATS for glibc's heap summary at the end.
@main
enum PassBench {
    static func main() {
        let args = Array(CommandLine.arguments.dropFirst())
        guard let folder = args.first else {
            FileHandle.standardError.write(Data("usage: PassBench FOLDER\n".utf8))
            exit(2)
        }
        var docs: [StoryDocument] = []
        let load = time { docs = CorpusLoader().load([folder]).documents }
        let n = Double(max(docs.count, 1))
        report("load", load / n)
        // Cleaning again, single-threaded, on the file text: the loader cleaned on all cores.
        if ProcessInfo.processInfo.environment["PASSBENCH_NO_CLEAN"] == nil {
            let texts = docs.compactMap { $0.file.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } }
            report("clean", time { for t in texts { _ = Cleaner.standard.clean(t) } } / n, heap: false)
        }
        let analysable = docs.filter(\.isAnalysable)
        if ProcessInfo.processInfo.environment["PASSBENCH_LAYERS"] != nil {
            // What each layer keeps per story, as a shell session holds it (tokens dropped).
            // Resident memory grows by what is kept: the tokens freed after each story are reused.
            var before = PassBench.residentMB()
            func step(_ name: String, _ body: (StoryDocument) -> Void) {
                for d in analysable { body(d) }
                let now = PassBench.residentMB()
                print("kept_\(name)_bytes_per_story \(String(format: "%.0f", (now - before) * 1_048_576 / n))")
                before = now
            }
            step("segments") { _ = $0.segments }
            step("cast") { d in _ = d.cast; d.releaseTokens() }
            step("structure") { d in _ = d.structure; d.releaseTokens() }
            step("arc") { d in _ = d.arc; d.releaseTokens() }
            return
        }
        report("segments", time { for d in analysable { _ = d.segments } } / n)
        // The token layer is scratch in the shell (dropped once a story's passes are done);
        // here every story's tokens are held from this pass until the arc's.
        report("tokens", time { for d in analysable { d.readTokens() } } / n)
        report("cast", time { for d in analysable { _ = d.cast } } / n)
        report("structure", time { for d in analysable { _ = d.structure } } / n)
        report("arc", time { for d in analysable { _ = d.arc } } / n)
        report("find", time { _ = try? TextSearch.find("forgive", in: docs) } / n)
        if ProcessInfo.processInfo.environment["PASSBENCH_MALLOC_STATS"] != nil { mallocStats() }
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
    }

    static func report(_ name: String, _ microseconds: Double, heap: Bool = true) {
        print("pass_\(name)_us \(String(format: "%.1f", microseconds)) us")
        if heap { print("rss_\(name)_mb \(String(format: "%.1f", residentMB())) MB") }
    }

    /// Resident set size now, from /proc/self/statm (pages).
    static func residentMB() -> Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let pages = statm.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}

/// glibc's heap summary on stderr (not exported by the Glibc module).
@_silgen_name("malloc_stats") func mallocStats()
