/// The characters met so far, merged as the rules find that two are one person (union-find):
/// "my husband", "John" and "Daddy" start as three entities and end as one set. Entity 0 is
/// the narrator and stays its set's root. A value, so a pass that changes it returns it.
struct EntityTable {
    private var ents: [CastEntity] = []
    private var parent: [Int] = []

    var count: Int { ents.count }
    var indices: Range<Int> { ents.indices }

    /// In place (`_modify`): a copy per change would copy every name and noun list.
    subscript(_ e: Int) -> CastEntity {
        get { ents[e] }
        _modify { yield &ents[e] }
    }

    mutating func add(_ e: CastEntity) -> Int {
        ents.append(e)
        parent.append(ents.count - 1)
        return ents.count - 1
    }

    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var y = x
        while parent[y] != r { let n = parent[y]; parent[y] = r; y = n }
        return r
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return }
        // The narrator stays the root of its set.
        let (root, child) = ents[rb].isNarrator ? (rb, ra) : (ra, rb)
        ents[root].absorb(ents[child])
        parent[child] = root
    }

    /// The gender of entity `r` as it stands (callers pass a root).
    func gender(_ r: Int) -> Gender? { ents[r].gender }

    /// Each set's root once, in order of first member. (Flags per entity, not a `Set<Int>`.)
    mutating func roots() -> [Int] {
        var seen = [Bool](repeating: false, count: ents.count)
        var out: [Int] = []
        for i in ents.indices {
            let r = find(i)
            if !seen[r] { seen[r] = true; out.append(r) }
        }
        return out
    }

    /// Counts a reference to `e` at token `i`: a mention, its paragraph, the first token.
    /// Returns the root it was counted on.
    @discardableResult
    mutating func count(_ e: Int, at i: Int, in t: [CastToken]) -> Int {
        let r = find(e)
        ents[r].mentions += 1
        ents[r].paragraphs.insert(t[i].para + 1)
        ents[r].firstToken = min(ents[r].firstToken, i)
        return r
    }
}
