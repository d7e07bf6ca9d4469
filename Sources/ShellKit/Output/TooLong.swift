/// The note under a corpus-wide view that left out stories too long to analyse.
enum TooLong {
    static func note(_ skipped: [String], _ context: RenderContext) -> String {
        guard !skipped.isEmpty else { return "" }
        let list = skipped.prefix(5).joined(separator: ", ") + (skipped.count > 5 ? ", …" : "")
        return "\n" + context.style.dim("left out, too long to analyse: \(list)")
    }
}
