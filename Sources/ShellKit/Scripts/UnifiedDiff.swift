/// A unified diff of two line lists, from the standard library's `difference(from:)`.
public enum UnifiedDiff {
    public static func render(old: [String], new: [String], oldName: String, newName: String, context: Int = 3) -> String {
        // Walk both sides with the edit script to get an ordered list of (tag, line).
        let diff = new.difference(from: old)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in diff {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var ops: [(Character, String, Int, Int)] = []  // tag, text, old line, new line
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed.contains(i) {
                ops.append(("-", old[i], i, j)); i += 1
            } else if j < new.count, inserted.contains(j) {
                ops.append(("+", new[j], i, j)); j += 1
            } else {
                if i < old.count { ops.append((" ", old[i], i, j)) }
                i += 1; j += 1
            }
        }
        var out = ["--- \(oldName)", "+++ \(newName)"]
        var k = 0
        while k < ops.count {
            guard ops[k].0 != " " else { k += 1; continue }
            var start = max(0, k - context)
            var end = k
            // Extend the hunk while changes are within 2×context of each other.
            var last = k
            while end < ops.count {
                if ops[end].0 != " " { last = end }
                if end - last > context * 2 { break }
                end += 1
            }
            end = min(ops.count, last + context + 1)
            while start < k, ops[start].0 != " " { start += 1 }
            let slice = ops[start..<end]
            let oldCount = slice.filter { $0.0 != "+" }.count
            let newCount = slice.filter { $0.0 != "-" }.count
            let oldStart = (slice.first?.2 ?? 0) + (oldCount > 0 ? 1 : 0)
            let newStart = (slice.first?.3 ?? 0) + (newCount > 0 ? 1 : 0)
            out.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for op in slice { out.append("\(op.0)\(op.1)") }
            k = end
        }
        return out.joined(separator: "\n")
    }
}
